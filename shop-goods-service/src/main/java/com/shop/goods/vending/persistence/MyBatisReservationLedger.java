package com.shop.goods.vending.persistence;

import com.shop.common.ledger.LedgerPhase;
import com.shop.common.ledger.LedgerTable;
import com.shop.goods.vending.domain.VendingOrder;
import com.shop.goods.vending.domain.VendingOrderStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/**
 * The vending ledger's table, {@code trade_vending_order}: one row per order, which is both of its slots. The
 * reservation, or the tombstone of a cancel that came first, fills the row (the forward slot); the release of a
 * reservation moves the same row to RELEASED (the undo slot), guarded on the states a unit may come back from. A unit
 * dispensed was sold and is never released: its release is refused as if it had been made already.
 */
@Repository
public class MyBatisReservationLedger implements LedgerTable<VendingOrder> {

    /** Reserved, being dispensed, or whose dispense failed: the unit is still the channel's to take back. */
    private static final List<VendingOrderStatus> RELEASABLE =
            List.of(VendingOrderStatus.RESERVED, VendingOrderStatus.DISPENSING, VendingOrderStatus.FAILED);

    private final VendingOrderMapper mapper;

    public MyBatisReservationLedger(VendingOrderMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean claim(VendingOrder entry) {
        if (entry.getPhase() == LedgerPhase.UNDO) {
            return mapper.transition(entry.getOrderId(), RELEASABLE, VendingOrderStatus.RELEASED, entry.getReason())
                    == 1;
        }
        return claimOrHolder(entry).isEmpty();
    }

    /**
     * The lock comes first: callers meeting on a taken row queue on its row lock, where an INSERT IGNORE first would
     * give each a shared lock that both then try to upgrade. A taken row so costs one statement, a free one two.
     */
    @Override
    public Optional<VendingOrder> claimOrHolder(VendingOrder entry) {
        Optional<VendingOrder> taken = Optional.ofNullable(mapper.lock(entry.getOrderId()));
        if (taken.isPresent() || mapper.insertIfAbsent(entry) == 1) {
            return taken;
        }
        // another caller filled the row between the two statements
        return Optional.of(holder(entry));
    }

    @Override
    public VendingOrder holder(VendingOrder entry) {
        VendingOrder held = mapper.lock(entry.getOrderId());
        if (held == null) {
            throw new IllegalStateException(
                    "vending ledger row of order " + entry.getOrderId() + " taken but unreadable");
        }
        return held;
    }

    /** The row is its own undo slot: as read under its lock, it says whether it was released. */
    @Override
    public boolean isUndone(VendingOrder forward) {
        return forward.getPhase() == LedgerPhase.UNDO;
    }
}
