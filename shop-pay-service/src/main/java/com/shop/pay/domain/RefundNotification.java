package com.shop.pay.domain;

/**
 * A refund notification's decrypted details.
 *
 * @param refundId  our refund's id ({@code out_refund_no})
 * @param payId     its payment's id ({@code out_trade_no})
 * @param totalFee  what the payment was, in fen
 * @param refundFee what the refund gives back, in fen
 */
public record RefundNotification(
        long refundId,
        long payId,
        String gatewayRefundId,
        long totalFee,
        long refundFee,
        RefundOutcome.State state,
        String detail) {}
