package com.shop.coupon.application;

import com.shop.api.exception.CouponUnavailableException;
import com.shop.coupon.domain.Coupon;
import com.shop.coupon.domain.CouponRepository;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reading a user's coupons. */
@Service
public class CouponWallet {

    private final CouponRepository coupons;

    public CouponWallet(CouponRepository coupons) {
        this.coupons = coupons;
    }

    /** Another user's coupon is answered exactly like a missing one, so coupon ids reveal nothing. */
    public Coupon getCoupon(long userId, long couponId) {
        return coupons.findCoupon(couponId)
                .filter(coupon -> coupon.getUserId() == userId)
                .orElseThrow(() -> new CouponUnavailableException("no coupon " + couponId + " for user " + userId));
    }

    public List<Coupon> listCoupons(long userId) {
        return coupons.findCouponsOfUser(userId);
    }
}
