package com.shop.coupon.application;

import com.shop.api.exception.CouponUnavailableException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.coupon.domain.CouponLedgerEntry;
import com.shop.coupon.domain.CouponRepository;
import com.shop.coupon.domain.LedgerPhase;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spending a coupon on an order and giving it back when the order is cancelled. Each movement is a ledger entry
 * written in the same local transaction as the coupon change, under the order's ledger key, so each happens at most
 * once whatever the number of calls or deliveries, and a use that arrives after its order was cancelled is refused.
 *
 * <p>READ COMMITTED: every decision rests on locking reads and guarded updates, and a locking read of a missing
 * ledger row then takes no gap lock that two racing callers could deadlock on.
 */
@Slf4j
@Service
public class CouponRedemption {

    private final CouponRepository coupons;

    public CouponRedemption(CouponRepository coupons) {
        this.coupons = coupons;
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void useCoupon(long orderId, long userId, long couponId) {
        Optional<CouponLedgerEntry> taken = claimForwardSlot(CouponLedgerEntry.use(orderId, couponId));
        if (taken.isPresent()) {
            refuseUnlessRepeat(taken.get(), orderId, couponId);
            return; // a repeat of a use already made
        }
        if (!coupons.markUsed(couponId, userId, orderId)) {
            // missing, another user's, or already spent: the exception rolls the ledger entry back with it
            throw new CouponUnavailableException("coupon " + couponId + " is not an unused coupon of user " + userId);
        }
    }

    /** @return true when this call made the order's coupon unused again */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean releaseCoupon(long orderId, long couponId) {
        Optional<CouponLedgerEntry> taken = claimForwardSlot(CouponLedgerEntry.tombstone(orderId, couponId));
        if (taken.isEmpty()) {
            log.info("Order {} cancelled before it used a coupon; a late use will be refused", orderId);
            return false;
        }
        CouponLedgerEntry forward = taken.get();
        if (forward.isTombstone()) {
            return false;
        }
        // the coupon the ledger says this order used, whatever the caller named
        long usedCoupon = forward.getCouponId();
        if (usedCoupon != couponId) {
            log.warn("Order {} used coupon {} but its cancel names coupon {}; releasing {}", orderId, usedCoupon,
                    couponId, usedCoupon);
        }
        if (!coupons.addLedgerEntry(CouponLedgerEntry.release(orderId, usedCoupon))) {
            return false; // already released
        }
        if (!coupons.markUnused(usedCoupon, orderId)) {
            // the ledger and the coupon disagree: fail loudly (the release entry rolls back) rather than record a
            // release that changed nothing
            throw new IllegalStateException("ledger says order " + orderId + " used coupon " + usedCoupon
                    + ", but the coupon is not held by that order");
        }
        log.info("Released coupon {} used by cancelled order {}", usedCoupon, orderId);
        return true;
    }

    /**
     * Writes the entry into the order's empty forward slot and returns empty; when the slot is taken, returns what it
     * holds, locked for the rest of the transaction. The lock comes first: callers meeting on a taken slot queue on
     * its row lock, where an INSERT IGNORE first would give each a shared lock that both then try to upgrade.
     */
    private Optional<CouponLedgerEntry> claimForwardSlot(CouponLedgerEntry entry) {
        Optional<CouponLedgerEntry> taken = coupons.lockLedgerEntry(entry.getOrderId(), LedgerPhase.FORWARD);
        if (taken.isPresent() || coupons.addLedgerEntry(entry)) {
            return taken;
        }
        // another caller filled the slot between the two statements
        return Optional.of(coupons.lockLedgerEntry(entry.getOrderId(), LedgerPhase.FORWARD)
                .orElseThrow(() -> new IllegalStateException("ledger slot of order " + entry.getOrderId()
                        + " taken but unreadable")));
    }

    private void refuseUnlessRepeat(CouponLedgerEntry forward, long orderId, long couponId) {
        if (forward.isTombstone()) {
            throw new IllegalOrderStateException("order " + orderId + " was cancelled; it cannot use a coupon")
                    .withOrderId(orderId);
        }
        if (forward.getCouponId() != couponId) {
            throw new IllegalOrderStateException("order " + orderId + " already used coupon " + forward.getCouponId())
                    .withOrderId(orderId);
        }
        // a repeat after the release must not report a coupon as spent that the cancel gave back
        if (coupons.lockLedgerEntry(orderId, LedgerPhase.UNDO).isPresent()) {
            throw new IllegalOrderStateException("order " + orderId + " was cancelled; its coupon was released")
                    .withOrderId(orderId);
        }
    }
}
