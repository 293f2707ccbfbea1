package com.shop.devstack.sandbox;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A refund the platform made: the merchant's {@code out_refund_no}, the platform's id, the amount in fen, how it ended
 * and where the merchant asked to be told (null: nowhere).
 */
record Refund(
        String outRefundNo, String refundId, long refundFee, RefundState state, Instant settledAt, String notifyUrl) {

    private static final DateTimeFormatter SUCCESS_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    /** Whether the money went back to the payer: a refund that failed leaves it with the merchant. */
    boolean refunded() {
        return state == RefundState.SUCCESS;
    }

    /** When the money reached the payer, as the platform writes it ({@code yyyy-MM-dd HH:mm:ss}); null otherwise. */
    String successTime() {
        return refunded() ? SUCCESS_TIME.format(settledAt) : null;
    }
}
