package com.shop.coupon.persistence;

import com.shop.common.ledger.LedgerPhase;
import com.shop.common.ledger.RecordedEntry;
import com.shop.coupon.domain.CouponLedgerEntry;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CouponLedgerMapper {

    /** @return 1 when the entry was inserted, 2 when its slot was taken (and is now locked) */
    int claim(CouponLedgerEntry entry);

    CouponLedgerEntry lock(@Param("orderId") long orderId, @Param("phase") LedgerPhase phase);

    /** Every entry of the order, with when it was written. */
    List<RecordedEntry<CouponLedgerEntry>> entriesOf(@Param("orderId") long orderId);
}
