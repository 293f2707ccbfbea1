package com.shop.coupon.persistence;

import com.shop.coupon.domain.Coupon;
import com.shop.coupon.domain.CouponRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

@Repository
public class MyBatisCouponRepository implements CouponRepository {

    /** The unique key on {@code trade_coupon.issued_for}. */
    private static final String ISSUED_FOR_KEY = "uk_coupon_issued_for";

    private final CouponMapper couponMapper;

    public MyBatisCouponRepository(CouponMapper couponMapper) {
        this.couponMapper = couponMapper;
    }

    @Override
    public Optional<Coupon> findCoupon(long couponId) {
        return Optional.ofNullable(couponMapper.findById(couponId));
    }

    @Override
    public List<Coupon> findCouponsOfUser(long userId) {
        return couponMapper.findByUser(userId);
    }

    @Override
    public boolean issue(Coupon coupon, String issuedFor) {
        try {
            return couponMapper.insert(coupon, issuedFor) == 1;
        } catch (DuplicateKeyException issuedBefore) {
            // coupon ids are Snowflake ids, never issued twice: only the issue's own key can be hit
            if (String.valueOf(issuedBefore.getMessage()).contains(ISSUED_FOR_KEY)) {
                return false;
            }
            throw issuedBefore;
        }
    }

    @Override
    public boolean markUsed(long couponId, long userId, long orderId) {
        return couponMapper.markUsed(couponId, userId, orderId) == 1;
    }

    @Override
    public boolean markUnused(long couponId, long orderId) {
        return couponMapper.markUnused(couponId, orderId) == 1;
    }
}
