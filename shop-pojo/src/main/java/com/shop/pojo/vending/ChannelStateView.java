package com.shop.pojo.vending;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** One channel of a machine: the goods it holds, its price, the units left and how many it holds when full. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class ChannelStateView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private String channelCode;
    private Long goodsId;
    private String goodsName;
    private BigDecimal price;
    private Integer units;
    private Integer maxCapacity;
}
