package com.shop.coupon.persistence;

import com.shop.coupon.domain.Coupon;
import com.shop.coupon.domain.CouponLedgerEntry;
import com.shop.coupon.domain.CouponRepository;
import com.shop.coupon.domain.LedgerPhase;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

@Repository
public class MyBatisCouponRepository implements CouponRepository {

    private final CouponMapper couponMapper;
    private final CouponLedgerMapper ledgerMapper;

    public MyBatisCouponRepository(CouponMapper couponMapper, CouponLedgerMapper ledgerMapper) {
        this.couponMapper = couponMapper;
        this.ledgerMapper = ledgerMapper;
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
    public boolean addLedgerEntry(CouponLedgerEntry entry) {
        return ledgerMapper.insertIfAbsent(entry) == 1;
    }

    @Override
    public Optional<CouponLedgerEntry> lockLedgerEntry(long orderId, LedgerPhase phase) {
        return Optional.ofNullable(ledgerMapper.lock(orderId, phase));
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
