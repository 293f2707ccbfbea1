package com.shop.user.domain;

/**
 * The two slots of an order's money-log key. The forward slot holds the payment or, when a cancel got there first, a
 * tombstone; the undo slot holds the refund. Each slot is written at most once, so each effect happens at most once.
 */
public enum LedgerPhase {
    FORWARD,
    UNDO
}
