package com.shop.coupon.domain;

/**
 * The two slots of an order's coupon ledger key. The forward slot holds the use of a coupon or, when a cancel got
 * there first, a tombstone; the undo slot holds the release. Each slot is written at most once, so each effect
 * happens at most once.
 */
public enum LedgerPhase {
    FORWARD,
    UNDO
}
