package com.shop.coupon.persistence;

import com.shop.common.ledger.LedgerPhase;
import com.shop.coupon.domain.CouponLedgerEntry;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CouponLedgerMapper {

    /** @return 1 when the entry was inserted, 2 when its slot was taken (and is now locked) */
    int claim(CouponLedgerEntry entry);

    CouponLedgerEntry lock(@Param("orderId") long orderId, @Param("phase") LedgerPhase phase);
}
