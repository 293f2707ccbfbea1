package com.shop.coupon.persistence;

import com.shop.coupon.domain.Coupon;
import com.shop.coupon.domain.CouponRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
public class MyBatisCouponRepository implements CouponRepository {

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
    public boolean markUsed(long couponId, long userId, long orderId) {
        return couponMapper.markUsed(couponId, userId, orderId) == 1;
    }

    @Override
    public boolean markUnused(long couponId, long orderId) {
        return couponMapper.markUnused(couponId, orderId) == 1;
    }
}
