package com.shop.order.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts of money as the order table stores them: DECIMAL(10,2). */
public final class Money {

    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    /** The largest amount a DECIMAL(10,2) column holds. */
    public static final BigDecimal MAX = new BigDecimal("99999999.99");

    private Money() {}

    /** The amount at scale 2; an amount with more decimals is a programming error, never rounded silently. */
    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }

    public static boolean hasAtMostTwoDecimals(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= SCALE;
    }

    public static boolean fitsTheColumn(BigDecimal amount) {
        return amount.compareTo(MAX) <= 0;
    }
}
