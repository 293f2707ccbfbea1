package com.shop.pojo.vending;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A goods item a machine can sell now: units summed over its channels, the lowest price among them. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class MachineGoodsView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long goodsId;
    private String goodsName;
    private Integer capacity;
    private BigDecimal price;
}
