package com.shop.pay.domain;

/** What asking the platform to close a trade found. */
public enum TradeClosing {
    /** Closed now, or before: nobody can pay it. */
    CLOSED,
    /** It was paid: it cannot be closed. */
    ALREADY_PAID,
    /** The platform has no such trade: nobody can pay it either. */
    NOT_FOUND
}
