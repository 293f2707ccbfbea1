package com.shop.orderweb.support;

import com.shop.api.CouponService;
import com.shop.api.exception.CouponUnavailableException;
import com.shop.pojo.coupon.CouponView;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** Coupons held in memory. */
public class FakeCouponService implements CouponService {

    private final List<CouponView> coupons = new CopyOnWriteArrayList<>();
    private final Failures failures = new Failures();

    public void put(CouponView coupon) {
        coupons.add(coupon);
    }

    public void failWith(RuntimeException failure) {
        failures.failWith(failure);
    }

    public void reset() {
        coupons.clear();
        failures.reset();
    }

    @Override
    public CouponView getCoupon(long userId, long couponId) {
        failures.throwIfFailing();
        return coupons.stream()
                .filter(c -> c.getCouponId() == couponId && Objects.equals(c.getUserId(), userId))
                .findFirst()
                .orElseThrow(() -> new CouponUnavailableException("no coupon " + couponId));
    }

    @Override
    public List<CouponView> listCoupons(long userId) {
        failures.throwIfFailing();
        return coupons.stream()
                .filter(c -> Objects.equals(c.getUserId(), userId))
                .toList();
    }

    @Override
    public void useCoupon(long orderId, long userId, long couponId) {
        throw new UnsupportedOperationException("the web edge never spends coupons");
    }

    @Override
    public boolean releaseCoupon(long orderId, long couponId) {
        throw new UnsupportedOperationException("the web edge never releases coupons");
    }
}
