package com.shop.goods.domain;

/** What an entry of the stock ledger records. */
public enum StockOperation {
    /** Stock taken for an order (forward slot). */
    REDUCE,
    /** Tombstone in the forward slot: the order was cancelled before any stock was taken for it. */
    VOID,
    /** Stock given back for a cancelled order (undo slot). */
    RESTORE
}
