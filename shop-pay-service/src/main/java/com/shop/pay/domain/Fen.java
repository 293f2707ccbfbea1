package com.shop.pay.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The payment platform counts money in whole fen (0.01 yuan). */
public final class Fen {

    private Fen() {}

    /** @throws ArithmeticException when the amount has fractions of a fen */
    public static long of(BigDecimal yuan) {
        return yuan.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    public static BigDecimal toYuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
