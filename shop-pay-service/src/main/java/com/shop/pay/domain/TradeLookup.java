package com.shop.pay.domain;

import java.time.Instant;

/** A trade as the platform knows it; the transaction id, amount and time are set once it was paid. */
public record TradeLookup(TradeState state, String transactionId, long totalFen, Instant paidAt) {

    public static TradeLookup unpaid(TradeState state) {
        return new TradeLookup(state, null, 0, null);
    }

    /** True when the payer's money reached the trade (refunded since, or not). */
    public boolean wasPaid() {
        return state == TradeState.PAID || state == TradeState.REFUNDED;
    }

    /** The states of a trade at the platform. */
    public enum TradeState {
        NOT_PAID,
        PAID,
        CLOSED,
        REFUNDED,
        UNKNOWN
    }
}
