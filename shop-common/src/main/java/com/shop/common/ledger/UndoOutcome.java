package com.shop.common.ledger;

/** What undoing an order's step found, and so did. */
public enum UndoOutcome {
    /** The forward slot was empty: a tombstone now fences the step off should it arrive late. Nothing to give back. */
    FENCED_OFF,
    /** The forward slot held a tombstone already: an earlier cancel fenced the step off. */
    ALREADY_FENCED_OFF,
    /** What the step took was given back by this call. */
    UNDONE,
    /** The step had been undone before. */
    ALREADY_UNDONE
}
