package com.shop.devstack.sandbox;

/** The states of a trade at the platform, named as {@code trade_state} reports them. */
enum TradeState {
    NOTPAY("not paid"),
    SUCCESS("paid"),
    CLOSED("closed"),
    REFUND("refunded, in part or in full");

    private final String description;

    TradeState(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    /** Whether the payer's money arrived: a refunded trade was paid first. */
    boolean isPaid() {
        return this == SUCCESS || this == REFUND;
    }
}
