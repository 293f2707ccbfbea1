package com.shop.order.domain;

import java.math.BigDecimal;

/** The course's shipping rule: free when the goods amount is over 100.00, otherwise a flat 10.00. */
public final class ShippingFeePolicy {

    static final BigDecimal FREE_ABOVE = Money.of("100.00");
    static final BigDecimal FLAT_FEE = Money.of("10.00");

    /** Exactly 100.00 is not over 100.00 and still pays the fee. */
    public BigDecimal feeFor(BigDecimal goodsAmount) {
        return goodsAmount.compareTo(FREE_ABOVE) > 0 ? Money.ZERO : FLAT_FEE;
    }
}
