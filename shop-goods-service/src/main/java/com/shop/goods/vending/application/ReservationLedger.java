package com.shop.goods.vending.application;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.api.exception.ShopException;
import com.shop.common.ledger.Forward;
import com.shop.common.ledger.LedgerTable;
import com.shop.common.ledger.OrderLedger;
import com.shop.common.ledger.Undo;
import com.shop.common.ledger.UndoOutcome;
import com.shop.goods.vending.domain.MachineChannels;
import com.shop.goods.vending.domain.VendingChannel;
import com.shop.goods.vending.domain.VendingOrder;
import com.shop.goods.vending.domain.VendingOrderStatus;
import com.shop.goods.vending.domain.VendingRepository;
import java.math.BigDecimal;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserving a machine's unit for an order and giving it back, through the order-keyed vending ledger
 * ({@link OrderLedger}): the order's ledger row and the channel's unit change in one local transaction, so each
 * happens at most once whatever the number of calls or deliveries, and a reservation arriving after its order's
 * cancel finds the tombstone and is refused. The row is the order's only slot ({@link VendingOrder}).
 *
 * <p>READ COMMITTED, as the stock ledger: decisions rest on locking reads and guarded updates, and a locking read of
 * a missing row then takes no gap lock that two racing callers could deadlock on.
 */
@Slf4j
@Service
public class ReservationLedger {

    private static final int MAX_REASON_LENGTH = 200;

    private final VendingRepository vending;
    private final OrderLedger<VendingOrder> ledger;

    public ReservationLedger(VendingRepository vending, LedgerTable<VendingOrder> ledgerTable) {
        this.vending = vending;
        this.ledger = new OrderLedger<>("vending ledger", ledgerTable);
    }

    /**
     * Takes one unit of the goods at {@code price} from the machine's channels, trying those at that price in turn.
     *
     * @return true when this call reserved it, false when the order already held it
     */
    @Transactional
    public boolean reserve(long orderId, String innerCode, long goodsId, BigDecimal price) {
        Forward<VendingOrder> reservation = ledger.forward(
                VendingOrder.reserving(orderId, innerCode, goodsId, price),
                () -> takeUnit(orderId, innerCode, goodsId, price));
        if (!reservation.taken()) {
            // the row tells more than the protocol's outcome: a repeat after a failed dispense is refused too
            reservation.holder().acceptRepeat(innerCode, goodsId, price);
        }
        return reservation.taken();
    }

    /**
     * Gives back the unit a cancelled order holds: one reserved, being dispensed or whose dispense failed comes back
     * to its channel; one dispensed was sold and stays so. A cancel that finds nothing leaves a tombstone. Joins the
     * caller's transaction (the consumer log's).
     *
     * @return true when this call released the order's unit
     */
    @Transactional
    public boolean release(long orderId, String innerCode, Long goodsId, String reason) {
        String why = cancelReason(reason);
        Undo<VendingOrder> release = ledger.undo(
                VendingOrder.tombstone(orderId, innerCode, goodsId, why), held -> held.released(why), this::giveBack);
        if (release.outcome() == UndoOutcome.ALREADY_UNDONE
                && release.forward().getStatus() == VendingOrderStatus.DISPENSED) {
            log.info("Order {} cancelled after machine {} dispensed it; the unit was sold", orderId, innerCode);
        }
        return release.gaveBack();
    }

    /** The effect of a reservation; when no channel has a unit, the exception rolls the ledger row back with it. */
    private void takeUnit(long orderId, String innerCode, long goodsId, BigDecimal price) {
        VendingChannel channel = vending.findChannels(innerCode, goodsId).pricedAt(goodsId, price).stream()
                .filter(vending::takeUnit)
                .findFirst()
                .orElseThrow(() -> noUnit(innerCode, goodsId, price));
        vending.assignChannel(orderId, channel.getChannelCode());
        log.info(
                "Order {} reserved a unit of goods {} at {} in channel {} of machine {}",
                orderId,
                goodsId,
                price,
                channel.getChannelCode(),
                innerCode);
    }

    /** The effect of a release: the unit back into the channel it was reserved in. */
    private void giveBack(VendingOrder held) {
        if (held.getStatus() == VendingOrderStatus.DISPENSING) {
            log.warn(
                    "Order {} cancelled while machine {} was dispensing it; its unit is given back, and a success the "
                            + "machine reports later is logged as an error",
                    held.getOrderId(),
                    held.getInnerCode());
        }
        if (!vending.returnUnit(held.getInnerCode(), held.getChannelCode())) {
            log.warn(
                    "Channel {} of machine {} is full (restocked since order {} reserved from it); its unit is not "
                            + "counted twice",
                    held.getChannelCode(),
                    held.getInnerCode(),
                    held.getOrderId());
        }
    }

    private static String cancelReason(String reason) {
        String why = "cancelled: " + (reason == null || reason.isBlank() ? "no reason given" : reason.strip());
        return why.length() > MAX_REASON_LENGTH ? why.substring(0, MAX_REASON_LENGTH) : why;
    }

    /** Why no unit was taken, read again now: the channels may have changed since they were tried. */
    private ShopException noUnit(String innerCode, long goodsId, BigDecimal price) {
        MachineChannels channels = vending.findChannels(innerCode, goodsId);
        if (!channels.sells(goodsId)) {
            return new GoodsNotFoundException("machine " + innerCode + " does not sell goods " + goodsId);
        }
        return channels.cheapestWithUnits(goodsId)
                .<ShopException>map(cheapest -> new PriceMismatchException("goods " + goodsId + " costs "
                        + cheapest.getPrice() + " at machine " + innerCode + " now, not " + price))
                .orElseGet(() -> new InsufficientStockException(
                        "machine " + innerCode + " has no unit of goods " + goodsId + " left"));
    }
}
