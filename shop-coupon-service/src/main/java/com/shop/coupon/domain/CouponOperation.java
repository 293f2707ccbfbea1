package com.shop.coupon.domain;

/** What an entry of the coupon ledger records. */
public enum CouponOperation {
    /** A coupon spent on the order (forward slot). */
    USE,
    /** Tombstone in the forward slot: the order was cancelled before it spent a coupon. */
    VOID,
    /** The coupon the order spent made unused again (undo slot). */
    RELEASE
}
