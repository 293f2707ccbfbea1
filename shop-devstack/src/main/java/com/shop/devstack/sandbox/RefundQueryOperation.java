package com.shop.devstack.sandbox;

/**
 * {@code /pay/refundquery} by {@code out_refund_no}: the refund with its {@code refund_status_0} (SUCCESS, CHANGE,
 * REFUNDCLOSE), or {@code REFUNDNOTEXIST} when the platform never took it.
 */
final class RefundQueryOperation implements PlatformOperation {

    private final TradeBook trades;

    RefundQueryOperation(TradeBook trades) {
        this.trades = trades;
    }

    @Override
    public PlatformReply handle(PlatformRequest request) {
        String outRefundNo = request.required("out_refund_no");
        TradeSnapshot trade = trades.requireByOutRefundNo(outRefundNo).snapshot();
        Refund refund = trade.refund(outRefundNo).orElseThrow();
        return PlatformReply.success()
                .with("transaction_id", trade.transactionId())
                .with("out_trade_no", trade.outTradeNo())
                .with("total_fee", trade.totalFee())
                .with("cash_fee", trade.totalFee())
                .with("refund_count", 1)
                .with("out_refund_no_0", refund.outRefundNo())
                .with("refund_id_0", refund.refundId())
                .with("refund_fee_0", refund.refundFee())
                .with("refund_status_0", refund.state().name())
                .with("refund_success_time_0", refund.successTime());
    }
}
