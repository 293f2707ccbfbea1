package com.shop.devstack.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /pay/closeorder}: closes a trade nobody has paid, so no payment can reach it any more. */
final class CloseOrderOperation implements PlatformOperation {

    private static final Logger log = LoggerFactory.getLogger(CloseOrderOperation.class);

    private final TradeBook trades;

    CloseOrderOperation(TradeBook trades) {
        this.trades = trades;
    }

    @Override
    public PlatformReply handle(PlatformRequest request) {
        Trade trade = trades.require(request.required("out_trade_no"));
        trade.close();
        log.info("closed trade {}", trade.outTradeNo());
        return PlatformReply.success();
    }
}
