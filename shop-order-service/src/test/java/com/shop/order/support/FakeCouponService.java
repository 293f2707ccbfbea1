package com.shop.order.support;

import com.shop.api.CouponService;
import com.shop.api.exception.CouponUnavailableException;
import com.shop.pojo.coupon.CouponView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Coupons in memory: a coupon is spent once, by its owner. */
public class FakeCouponService extends FakeParticipant implements CouponService {

    private final Map<Long, CouponView> coupons = new ConcurrentHashMap<>();

    public FakeCouponService() {
        this(new Journal());
    }

    public FakeCouponService(Journal journal) {
        super("coupon", journal);
    }

    public FakeCouponService with(long couponId, long userId, String value) {
        coupons.put(
                couponId,
                CouponView.builder()
                        .couponId(couponId)
                        .userId(userId)
                        .couponPrice(new BigDecimal(value))
                        .build());
        return this;
    }

    /** A coupon of the test's own. */
    public long add(long userId, String value) {
        long couponId = newId();
        with(couponId, userId, value);
        return couponId;
    }

    public CouponView coupon(long couponId) {
        return coupons.get(couponId);
    }

    public boolean isUsed(long couponId) {
        return coupons.get(couponId).isUsed();
    }

    @Override
    public CouponView getCoupon(long userId, long couponId) {
        called("getCoupon");
        return find(userId, couponId);
    }

    @Override
    public List<CouponView> listCoupons(long userId) {
        return coupons.values().stream()
                .filter(coupon -> coupon.getUserId() == userId)
                .toList();
    }

    @Override
    public synchronized void useCoupon(long orderId, long userId, long couponId) {
        called("useCoupon", orderId);
        CouponView coupon = find(userId, couponId);
        if (coupon.isUsed()) {
            throw new CouponUnavailableException("coupon " + couponId + " is already used");
        }
        coupon.setUsed(true);
        coupon.setOrderId(orderId);
        done("useCoupon");
    }

    @Override
    public boolean releaseCoupon(long orderId, long couponId) {
        throw new UnsupportedOperationException("coupons come back through OrderCancelled");
    }

    private CouponView find(long userId, long couponId) {
        CouponView coupon = coupons.get(couponId);
        if (coupon == null || coupon.getUserId() != userId) {
            throw new CouponUnavailableException("no coupon " + couponId + " for this user");
        }
        return coupon;
    }
}
