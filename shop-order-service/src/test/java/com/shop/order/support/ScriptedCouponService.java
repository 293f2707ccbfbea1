package com.shop.order.support;

import com.shop.api.CouponService;
import com.shop.api.exception.CouponUnavailableException;
import com.shop.pojo.coupon.CouponView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/** A coupon provider for service tests: a coupon is spent once, by its owner. */
public class ScriptedCouponService implements CouponService {

    private final Map<Long, CouponView> coupons = new ConcurrentHashMap<>();
    private final List<ParticipantCall> calls = new CopyOnWriteArrayList<>();

    public long add(long userId, String value) {
        long couponId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 4);
        coupons.put(couponId, CouponView.builder().couponId(couponId).userId(userId)
                .couponPrice(new BigDecimal(value)).build());
        return couponId;
    }

    public CouponView coupon(long couponId) {
        return coupons.get(couponId);
    }

    public List<ParticipantCall> callsFor(long orderId) {
        return calls.stream().filter(call -> call.orderId() == orderId).toList();
    }

    @Override
    public CouponView getCoupon(long userId, long couponId) {
        CouponView coupon = coupons.get(couponId);
        if (coupon == null || coupon.getUserId() != userId) {
            throw new CouponUnavailableException("no coupon " + couponId + " for this user");
        }
        return coupon;
    }

    @Override
    public List<CouponView> listCoupons(long userId) {
        return coupons.values().stream().filter(coupon -> coupon.getUserId() == userId).toList();
    }

    @Override
    public synchronized void useCoupon(long orderId, long userId, long couponId) {
        calls.add(new ParticipantCall("useCoupon", orderId, Calls.protocol()));
        CouponView coupon = getCoupon(userId, couponId);
        if (coupon.isUsed()) {
            throw new CouponUnavailableException("coupon " + couponId + " is already used");
        }
        coupon.setUsed(true);
        coupon.setOrderId(orderId);
    }

    @Override
    public boolean releaseCoupon(long orderId, long couponId) {
        throw new UnsupportedOperationException("coupons come back through OrderCancelled");
    }
}
