package com.shop.goods.application;

import com.shop.goods.vending.application.MachineLeases;
import com.shop.goods.vending.application.ReservationLedger;
import com.shop.pojo.event.OrderCancelled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The goods service's part of the cancel fan-out (docs/architecture.md §3): an ordinary order gets its stock back, a
 * vending order (one naming its machine) its unit and, once that committed, its machine. A vending order took no
 * stock, so the stock ledger is left alone for it.
 */
@Service
public class CancelledOrderCompensation {

    private final StockManagement stock;
    private final ReservationLedger reservations;
    private final MachineLeases leases;

    public CancelledOrderCompensation(StockManagement stock, ReservationLedger reservations, MachineLeases leases) {
        this.stock = stock;
        this.reservations = reservations;
        this.leases = leases;
    }

    /** Joins the caller's transaction: the consumer log's, so it happens once per cancelled order. */
    @Transactional
    public void undo(OrderCancelled cancelled) {
        if (cancelled.getInnerCode() == null) {
            stock.restoreStock(cancelled.getOrderId(), cancelled.getGoodsId());
        } else {
            reservations.release(
                    cancelled.getOrderId(), cancelled.getInnerCode(), cancelled.getGoodsId(), cancelled.getReason());
        }
    }

    /** After {@link #undo} committed, outside any transaction; on every delivery, as releasing twice is harmless. */
    public void releaseMachine(OrderCancelled cancelled) {
        if (cancelled.getInnerCode() != null) {
            leases.releaseUnlessNeeded(cancelled.getInnerCode(), cancelled.getOrderId());
        }
    }
}
