package com.shop.coupon.domain;

import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

/** One row of the per-order coupon ledger ({@code trade_coupon_log}). */
@Data
@NoArgsConstructor
@AllArgsConstructor
public class CouponLedgerEntry {

    private long orderId;
    private LedgerPhase phase;
    private CouponOperation operation;
    private long couponId;

    public static CouponLedgerEntry use(long orderId, long couponId) {
        return new CouponLedgerEntry(orderId, LedgerPhase.FORWARD, CouponOperation.USE, couponId);
    }

    public static CouponLedgerEntry tombstone(long orderId, long couponId) {
        return new CouponLedgerEntry(orderId, LedgerPhase.FORWARD, CouponOperation.VOID, couponId);
    }

    public static CouponLedgerEntry release(long orderId, long couponId) {
        return new CouponLedgerEntry(orderId, LedgerPhase.UNDO, CouponOperation.RELEASE, couponId);
    }

    public boolean isTombstone() {
        return operation == CouponOperation.VOID;
    }
}
