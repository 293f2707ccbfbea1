package com.shop.coupon.domain;

import java.util.List;
import java.util.Optional;

/** Coupons. The per-order coupon ledger is a table of its own ({@code LedgerTable<CouponLedgerEntry>}). */
public interface CouponRepository {

    Optional<Coupon> findCoupon(long couponId);

    /** The user's coupons, unused first, then by id. */
    List<Coupon> findCouponsOfUser(long userId);

    /**
     * Inserts an unused coupon the suite issues for {@code issuedFor}; false, inserting nothing, when one was issued for
     * it already. The unique key on it decides, so however often this is called, one coupon is issued.
     */
    boolean issue(Coupon coupon, String issuedFor);

    /**
     * Marks the coupon used by the order if it is the user's and still unused; false otherwise, changing nothing.
     */
    boolean markUsed(long couponId, long userId, long orderId);

    /** Makes the coupon unused again if, and only if, this order is the one that used it. */
    boolean markUnused(long couponId, long orderId);
}
