package com.shop.coupon.persistence;

import com.shop.coupon.domain.CouponLedgerEntry;
import com.shop.coupon.domain.LedgerPhase;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CouponLedgerMapper {

    /** @return 1 when inserted, 0 when the slot was already taken */
    int insertIfAbsent(CouponLedgerEntry entry);

    CouponLedgerEntry lock(@Param("orderId") long orderId, @Param("phase") LedgerPhase phase);
}
