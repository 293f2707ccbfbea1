package com.shop.coupon.persistence;

import com.shop.common.ledger.LedgerHistory;
import com.shop.common.ledger.LedgerPhase;
import com.shop.common.ledger.LedgerTable;
import com.shop.common.ledger.RecordedEntry;
import com.shop.coupon.domain.CouponLedgerEntry;
import java.util.List;
import org.springframework.stereotype.Repository;

/** The coupon ledger, {@code trade_coupon_log}: one slot per order and phase. */
@Repository
public class MyBatisCouponLedger implements LedgerTable<CouponLedgerEntry>, LedgerHistory<CouponLedgerEntry> {

    private final CouponLedgerMapper mapper;

    public MyBatisCouponLedger(CouponLedgerMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean claim(CouponLedgerEntry entry) {
        return mapper.claim(entry) == 1;
    }

    @Override
    public CouponLedgerEntry holder(CouponLedgerEntry entry) {
        CouponLedgerEntry held = mapper.lock(entry.getOrderId(), entry.getPhase());
        if (held == null) {
            throw new IllegalStateException(
                    "coupon ledger slot of order " + entry.getOrderId() + " taken but unreadable");
        }
        return held;
    }

    @Override
    public boolean isUndone(CouponLedgerEntry forward) {
        return mapper.lock(forward.getOrderId(), LedgerPhase.UNDO) != null;
    }

    @Override
    public List<RecordedEntry<CouponLedgerEntry>> entriesOf(long orderId) {
        return mapper.entriesOf(orderId);
    }
}
