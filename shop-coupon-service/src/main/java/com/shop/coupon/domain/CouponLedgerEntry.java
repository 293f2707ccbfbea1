package com.shop.coupon.domain;

import com.shop.common.ledger.LedgerEntry;
import com.shop.common.ledger.LedgerPhase;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

/** One row of the per-order coupon ledger ({@code trade_coupon_log}), keyed by order and phase. */
@Data
@NoArgsConstructor
@AllArgsConstructor
public class CouponLedgerEntry implements LedgerEntry<CouponLedgerEntry> {

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

    /** The release of the coupon this entry used. */
    public CouponLedgerEntry releasing() {
        return new CouponLedgerEntry(orderId, LedgerPhase.UNDO, CouponOperation.RELEASE, couponId);
    }

    @Override
    public boolean isTombstone() {
        return operation == CouponOperation.VOID;
    }

    @Override
    public boolean isRepeatedBy(CouponLedgerEntry step) {
        return operation == step.operation && couponId == step.couponId;
    }

    @Override
    public String describe() {
        return "coupon " + couponId;
    }
}
