package com.shop.devstack.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A trade as it was at one moment, consistent across its fields. */
record TradeSnapshot(
        long sequence,
        String outTradeNo,
        String body,
        long totalFee,
        String tradeType,
        String notifyUrl,
        SignType signType,
        String prepayId,
        String codeUrl,
        Instant createdAt,
        TradeState state,
        String transactionId,
        Instant paidAt,
        String openid,
        List<Refund> refunds,
        int notifyAttempts,
        boolean notified) {

    long refundedFee() {
        return refunds.stream()
                .filter(Refund::refunded)
                .mapToLong(Refund::refundFee)
                .sum();
    }

    /** The refund with the merchant's number, if the trade has one. */
    Optional<Refund> refund(String outRefundNo) {
        return refunds.stream()
                .filter(refund -> refund.outRefundNo().equals(outRefundNo))
                .findFirst();
    }

    /** When the payment arrived, as the platform writes it; null while unpaid. */
    String timeEnd() {
        return paidAt == null ? null : PlatformTime.format(paidAt);
    }
}
