package com.shop.coupon.domain;

import java.util.List;
import java.util.Optional;

/** Coupons and the per-order coupon ledger. */
public interface CouponRepository {

    Optional<Coupon> findCoupon(long couponId);

    /** The user's coupons, unused first, then by id. */
    List<Coupon> findCouponsOfUser(long userId);

    /** @return false when the ledger slot of this entry is already taken (by this entry or another) */
    boolean addLedgerEntry(CouponLedgerEntry entry);

    /** Reads the latest committed entry of a slot and locks it for the rest of the transaction. */
    Optional<CouponLedgerEntry> lockLedgerEntry(long orderId, LedgerPhase phase);

    /**
     * Marks the coupon used by the order if it is the user's and still unused; false otherwise, changing nothing.
     */
    boolean markUsed(long couponId, long userId, long orderId);

    /** Makes the coupon unused again if, and only if, this order is the one that used it. */
    boolean markUnused(long couponId, long orderId);
}
