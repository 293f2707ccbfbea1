package com.shop.coupon.application;

import com.shop.api.exception.CouponUnavailableException;
import com.shop.common.ledger.LedgerTable;
import com.shop.common.ledger.OrderLedger;
import com.shop.common.ledger.Undo;
import com.shop.coupon.domain.CouponLedgerEntry;
import com.shop.coupon.domain.CouponRepository;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spending a coupon on an order and giving it back when the order is cancelled, through the order-keyed coupon ledger
 * ({@link OrderLedger}): each happens at most once whatever the number of calls or deliveries, and a use that arrives
 * after its order was cancelled is refused.
 */
@Slf4j
@Service
public class CouponRedemption {

    private final CouponRepository coupons;
    private final OrderLedger<CouponLedgerEntry> ledger;

    public CouponRedemption(CouponRepository coupons, LedgerTable<CouponLedgerEntry> ledgerTable) {
        this.coupons = coupons;
        this.ledger = new OrderLedger<>("coupon ledger", ledgerTable);
    }

    @Transactional
    public void useCoupon(long orderId, long userId, long couponId) {
        boolean used = ledger.forward(CouponLedgerEntry.use(orderId, couponId), () -> {
                    if (!coupons.markUsed(couponId, userId, orderId)) {
                        // missing, another user's, or already spent: the exception rolls the ledger entry back with it
                        throw new CouponUnavailableException(
                                "coupon " + couponId + " is not an unused coupon of user " + userId);
                    }
                })
                .takenOrRepeated();
        log.info("Order {}: coupon {} of user {} {}", orderId, couponId, userId, used ? "used" : "used before");
    }

    /** @return true when this call made the order's coupon unused again */
    @Transactional
    public boolean releaseCoupon(long orderId, long couponId) {
        // the coupon the ledger says this order used, whatever the caller named
        Undo<CouponLedgerEntry> release =
                ledger.undo(CouponLedgerEntry.tombstone(orderId, couponId), CouponLedgerEntry::releasing, used -> {
                    if (!coupons.markUnused(used.getCouponId(), orderId)) {
                        // the ledger and the coupon disagree: fail loudly (the release entry rolls back) rather than
                        // record a release that changed nothing
                        throw new IllegalStateException("ledger says order " + orderId + " used coupon "
                                + used.getCouponId() + ", but the coupon is not held by that order");
                    }
                });
        if (release.gaveBack() && release.forward().getCouponId() != couponId) {
            log.warn(
                    "Order {} used coupon {} but its cancel names coupon {}; released the one it used",
                    orderId,
                    release.forward().getCouponId(),
                    couponId);
        }
        return release.gaveBack();
    }
}
