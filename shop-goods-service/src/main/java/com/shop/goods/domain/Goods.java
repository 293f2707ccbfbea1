package com.shop.goods.domain;

import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A goods item: {@code number} is the stock on hand. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class Goods {

    private long goodsId;
    private String goodsName;
    private int goodsNumber;
    private BigDecimal goodsPrice;
    private String goodsDesc;
    private Date addTime;
}
