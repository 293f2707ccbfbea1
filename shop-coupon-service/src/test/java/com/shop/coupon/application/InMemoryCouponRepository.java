package com.shop.coupon.application;

import com.shop.common.ledger.InMemoryLedgerTable;
import com.shop.coupon.domain.Coupon;
import com.shop.coupon.domain.CouponLedgerEntry;
import com.shop.coupon.domain.CouponRepository;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake of the repository port and the ledger table: the guarded coupon updates, without a database. */
class InMemoryCouponRepository implements CouponRepository {

    final Map<Long, Coupon> coupons = new HashMap<>();
    /** What each issued coupon was issued for, unique like the table's key. */
    final Map<String, Long> issued = new HashMap<>();

    final InMemoryLedgerTable<CouponLedgerEntry> ledger = new InMemoryLedgerTable<>(CouponLedgerEntry::getOrderId);

    InMemoryCouponRepository withCoupon(long couponId, long userId) {
        coupons.put(
                couponId,
                Coupon.builder()
                        .couponId(couponId)
                        .userId(userId)
                        .couponPrice(new BigDecimal("10.00"))
                        .build());
        return this;
    }

    Coupon coupon(long couponId) {
        return coupons.get(couponId);
    }

    @Override
    public Optional<Coupon> findCoupon(long couponId) {
        return Optional.ofNullable(coupons.get(couponId));
    }

    @Override
    public List<Coupon> findCouponsOfUser(long userId) {
        return coupons.values().stream()
                .filter(coupon -> coupon.getUserId() == userId)
                .sorted(Comparator.comparing(Coupon::isUsed).thenComparing(Coupon::getCouponId))
                .toList();
    }

    @Override
    public boolean issue(Coupon coupon, String issuedFor) {
        if (issued.putIfAbsent(issuedFor, coupon.getCouponId()) != null) {
            return false;
        }
        coupons.put(coupon.getCouponId(), coupon);
        return true;
    }

    @Override
    public boolean markUsed(long couponId, long userId, long orderId) {
        Coupon coupon = coupons.get(couponId);
        if (coupon == null || coupon.getUserId() != userId || coupon.isUsed()) {
            return false;
        }
        coupon.setUsed(true);
        coupon.setOrderId(orderId);
        coupon.setUsedTime(new Date());
        return true;
    }

    @Override
    public boolean markUnused(long couponId, long orderId) {
        Coupon coupon = coupons.get(couponId);
        if (coupon == null || !coupon.isUsed() || coupon.getOrderId() == null || coupon.getOrderId() != orderId) {
            return false;
        }
        coupon.setUsed(false);
        coupon.setOrderId(null);
        coupon.setUsedTime(null);
        return true;
    }
}
