package com.shop.user.domain;

/** What a score-log row did to the user's points; see {@link LedgerPhase} for the slots. */
public enum ScoreOperation {
    /** Forward slot: the points a paid order earned. */
    CREDIT,
    /** Forward slot: the order was cancelled before its points were credited; a late credit is refused. */
    VOID,
    /** Undo slot: the credited points taken back from a refunded order. */
    REVOKE
}
