package com.shop.devstack.sandbox;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /secapi/pay/refund}: gives back part or all of a paid trade, once per {@code out_refund_no}. Reached only over
 * mutual TLS with the merchant's certificate. A new refund's outcome is then notified to the request's
 * {@code notify_url}, if it named one.
 */
final class RefundOperation implements PlatformOperation {

    private static final Logger log = LoggerFactory.getLogger(RefundOperation.class);

    private final TradeBook trades;
    private final RetryingDelivery<RefundNotifyPort.Settled> notifications;

    RefundOperation(TradeBook trades, RetryingDelivery<RefundNotifyPort.Settled> notifications) {
        this.trades = trades;
        this.notifications = notifications;
    }

    @Override
    public PlatformReply handle(PlatformRequest request) {
        Trade trade = trades.require(request.required("out_trade_no"));
        String outRefundNo = request.required("out_refund_no");
        boolean repeated = trade.snapshot().refund(outRefundNo).isPresent();
        Refund refund = trade.refund(
                outRefundNo,
                request.fen("total_fee"),
                request.fen("refund_fee"),
                request.optional("notify_url"),
                Instant.now());
        TradeSnapshot refunded = trade.snapshot();
        log.info(
                "refund {} of trade {}: {} fen, {} ({} of {} refunded)",
                refund.outRefundNo(),
                refunded.outTradeNo(),
                refund.refundFee(),
                refund.state(),
                refunded.refundedFee(),
                refunded.totalFee());
        if (!repeated && refund.notifyUrl() != null) {
            notifications.deliver(new RefundNotifyPort.Settled(refunded, refund));
        }
        return PlatformReply.success()
                .with("transaction_id", refunded.transactionId())
                .with("out_trade_no", refunded.outTradeNo())
                .with("out_refund_no", refund.outRefundNo())
                .with("refund_id", refund.refundId())
                .with("refund_fee", refund.refundFee())
                .with("total_fee", refunded.totalFee())
                .with("cash_fee", refunded.totalFee());
    }
}
