package com.shop.api;

import com.shop.api.exception.CouponUnavailableException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.pojo.coupon.CouponView;
import java.util.List;

/** Users' coupons. */
public interface CouponService {

    /** The coupon, if it exists and belongs to the user. */
    CouponView getCoupon(long userId, long couponId) throws CouponUnavailableException;

    List<CouponView> listCoupons(long userId);

    /**
     * Spends an unused coupon of the user on an order. Idempotent on {@code orderId}; refused once the order
     * was cancelled.
     */
    void useCoupon(long orderId, long userId, long couponId)
            throws CouponUnavailableException, IllegalOrderStateException;

    /**
     * Makes the coupon this order used unused again, exactly once; when the order used none, records that it is
     * cancelled so a late {@link #useCoupon} is refused.
     *
     * @return true when a coupon was released by this call
     */
    boolean releaseCoupon(long orderId, long couponId);
}
