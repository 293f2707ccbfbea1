package com.shop.common.ledger;

/**
 * The two slots of an order's ledger key. The forward slot holds the step or, when a cancel got there first, a
 * tombstone; the undo slot holds the undo. Each slot is written at most once, so each effect happens at most once.
 */
public enum LedgerPhase {
    FORWARD,
    UNDO
}
