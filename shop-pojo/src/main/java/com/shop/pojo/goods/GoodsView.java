package com.shop.pojo.goods;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A goods item with its current price and stock. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class GoodsView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long goodsId;
    private String goodsName;
    private Integer goodsNumber;
    private BigDecimal goodsPrice;
    private String goodsDesc;
    private Date addTime;
}
