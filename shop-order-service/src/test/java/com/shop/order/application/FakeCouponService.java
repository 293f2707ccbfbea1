package com.shop.order.application;

import com.shop.api.CouponService;
import com.shop.api.exception.CouponUnavailableException;
import com.shop.pojo.coupon.CouponView;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Coupons in memory: a coupon is spent once, by its owner. */
final class FakeCouponService implements CouponService {

    final Script script = new Script();
    private final Journal journal;
    private final Map<Long, CouponView> coupons = new HashMap<>();

    FakeCouponService(Journal journal) {
        this.journal = journal;
    }

    FakeCouponService with(long couponId, long userId, String value) {
        coupons.put(couponId, CouponView.builder().couponId(couponId).userId(userId)
                .couponPrice(new BigDecimal(value)).build());
        return this;
    }

    boolean isUsed(long couponId) {
        return coupons.get(couponId).isUsed();
    }

    @Override
    public CouponView getCoupon(long userId, long couponId) {
        journal.record("coupon.getCoupon");
        script.beforeEffect("getCoupon");
        CouponView coupon = coupons.get(couponId);
        if (coupon == null || coupon.getUserId() != userId) {
            throw new CouponUnavailableException("no coupon " + couponId);
        }
        return coupon;
    }

    @Override
    public List<CouponView> listCoupons(long userId) {
        return coupons.values().stream().filter(coupon -> coupon.getUserId() == userId).toList();
    }

    @Override
    public void useCoupon(long orderId, long userId, long couponId) {
        journal.record("coupon.useCoupon");
        script.beforeEffect("useCoupon");
        CouponView coupon = coupons.get(couponId);
        if (coupon.isUsed()) {
            throw new CouponUnavailableException("coupon " + couponId + " is already used");
        }
        coupon.setUsed(true);
        coupon.setOrderId(orderId);
        script.afterEffect("useCoupon");
    }

    @Override
    public boolean releaseCoupon(long orderId, long couponId) {
        throw new UnsupportedOperationException("the saga never releases coupons itself");
    }
}
