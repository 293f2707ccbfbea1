package com.shop.devstack.sandbox;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /secapi/pay/refund}: gives back part or all of a paid trade, once per {@code out_refund_no}. */
final class RefundOperation implements PlatformOperation {

    private static final Logger log = LoggerFactory.getLogger(RefundOperation.class);

    private final TradeBook trades;

    RefundOperation(TradeBook trades) {
        this.trades = trades;
    }

    @Override
    public PlatformReply handle(PlatformRequest request) {
        Trade trade = trades.require(request.required("out_trade_no"));
        Refund refund = trade.refund(request.required("out_refund_no"), request.fen("total_fee"),
                request.fen("refund_fee"), Instant.now());
        TradeSnapshot refunded = trade.snapshot();
        log.info("refund {} of trade {}: {} fen ({} of {} refunded)", refund.outRefundNo(), refunded.outTradeNo(),
                refund.refundFee(), refunded.refundedFee(), refunded.totalFee());
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
