package com.shop.user.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points a paid order earns: one per whole yuan paid, the fraction dropped (99.99 earns 99). */
public final class Points {

    private Points() {}

    public static int earnedFor(BigDecimal payAmount) {
        if (payAmount == null || payAmount.signum() < 0) {
            throw new IllegalArgumentException("a paid amount is zero or more, was " + payAmount);
        }
        return payAmount.setScale(0, RoundingMode.FLOOR).intValueExact();
    }
}
