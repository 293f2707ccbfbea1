package com.shop.goods.vending.domain;

import java.math.BigDecimal;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * One channel of a machine ({@code trade_vending_channel}): a goods at the channel's own price, and the units left
 * in it that no order has reserved. {@code goodsName} is read along from the goods, for listings.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class VendingChannel {

    private String innerCode;
    private String channelCode;
    private long goodsId;
    private String goodsName;
    private BigDecimal price;
    private int currentCapacity;
    private int maxCapacity;

    public boolean hasUnits() {
        return currentCapacity > 0;
    }

    public boolean priced(BigDecimal amount) {
        return price.compareTo(amount) == 0;
    }
}
