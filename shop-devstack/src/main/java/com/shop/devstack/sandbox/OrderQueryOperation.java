package com.shop.devstack.sandbox;

/** {@code /pay/orderquery}: the state of a trade and, once paid, the payment's details. */
final class OrderQueryOperation implements PlatformOperation {

    private final TradeBook trades;

    OrderQueryOperation(TradeBook trades) {
        this.trades = trades;
    }

    @Override
    public PlatformReply handle(PlatformRequest request) {
        TradeSnapshot trade = trades.require(request.required("out_trade_no")).snapshot();
        PlatformReply reply = PlatformReply.success()
                .with("trade_state", trade.state())
                .with("trade_state_desc", trade.state().description())
                .with("out_trade_no", trade.outTradeNo())
                .with("total_fee", trade.totalFee())
                .with("trade_type", trade.tradeType());
        if (trade.state().isPaid()) {
            reply.with("transaction_id", trade.transactionId())
                    .with("time_end", trade.timeEnd())
                    .with("cash_fee", trade.totalFee())
                    .with("openid", trade.openid())
                    .with("is_subscribe", "N")
                    .with("bank_type", PaymentNotification.BANK_TYPE)
                    .with("fee_type", PaymentNotification.FEE_TYPE);
        }
        return reply;
    }
}
