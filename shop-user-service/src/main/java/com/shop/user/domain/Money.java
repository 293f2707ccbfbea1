package com.shop.user.domain;

import java.math.BigDecimal;

/** Amounts of the balance: DECIMAL(10,2) in the database, so two decimals and at most eight integer digits. */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");
    public static final BigDecimal MAX = new BigDecimal("99999999.99");

    private Money() {}

    /** A positive amount the balance column can hold exactly. */
    public static boolean isValidAmount(BigDecimal amount) {
        return amount != null
                && amount.signum() > 0
                && amount.stripTrailingZeros().scale() <= 2
                && amount.compareTo(MAX) <= 0;
    }

    public static BigDecimal normalize(BigDecimal amount) {
        return amount.setScale(2);
    }
}
