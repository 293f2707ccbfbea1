package com.shop.common.ledger;

/** What taking an order's step found, and so did. */
public enum ForwardOutcome {
    /** The forward slot was empty: this call took the step. */
    TAKEN,
    /** The slot held this very step: a repeat, which changes nothing. */
    REPEATED,
    /** The slot held a cancel's tombstone: the order was cancelled before the step arrived. */
    FENCED_OFF,
    /** The slot held a different step of the same order (another amount, another coupon). */
    CONFLICTING,
    /** The slot held this step, and it has been undone since: the order was cancelled. */
    UNDONE
}
