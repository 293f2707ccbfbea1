package com.shop.goods.vending.application;

import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.PriceMismatchException;
import com.shop.api.exception.ShopException;
import com.shop.goods.vending.domain.MachineChannels;
import com.shop.goods.vending.domain.VendingChannel;
import com.shop.goods.vending.domain.VendingOrder;
import com.shop.goods.vending.domain.VendingOrderStatus;
import com.shop.goods.vending.domain.VendingRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reserving a machine's unit for an order and giving it back. The order's ledger row and the channel's unit change
 * in one local transaction, and the row is the order's only slot, so each happens at most once whatever the number
 * of calls or deliveries, and a reservation arriving after its order's cancel finds the tombstone and is refused.
 *
 * <p>READ COMMITTED, as the stock ledger: decisions rest on locking reads and guarded updates, and a locking read of
 * a missing row then takes no gap lock that two racing callers could deadlock on.
 */
@Slf4j
@Service
public class ReservationLedger {

    private static final List<VendingOrderStatus> RELEASABLE =
            List.of(VendingOrderStatus.RESERVED, VendingOrderStatus.DISPENSING, VendingOrderStatus.FAILED);

    private static final int MAX_REASON_LENGTH = 200;

    private final VendingRepository vending;

    public ReservationLedger(VendingRepository vending) {
        this.vending = vending;
    }

    /**
     * Takes one unit of the goods at {@code price} from the machine's channels, trying those at that price in turn.
     *
     * @return true when this call reserved it, false when the order already held it
     */
    @Transactional
    public boolean reserve(long orderId, String innerCode, long goodsId, BigDecimal price) {
        Optional<VendingOrder> taken = claimSlot(VendingOrder.reserving(orderId, innerCode, goodsId, price));
        if (taken.isPresent()) {
            taken.get().acceptRepeat(innerCode, goodsId, price);
            return false;
        }
        VendingChannel channel = vending.findChannels(innerCode, goodsId).pricedAt(goodsId, price).stream()
                .filter(vending::takeUnit)
                .findFirst()
                // the exception rolls the ledger row back with it
                .orElseThrow(() -> noUnit(innerCode, goodsId, price));
        vending.assignChannel(orderId, channel.getChannelCode());
        log.info("Order {} reserved a unit of goods {} at {} in channel {} of machine {}", orderId, goodsId, price,
                channel.getChannelCode(), innerCode);
        return true;
    }

    /**
     * Gives back the unit a cancelled order holds: one reserved, being dispensed or whose dispense failed comes back
     * to its channel; one dispensed was sold and stays so. A cancel that finds nothing leaves a tombstone. Joins the
     * caller's transaction (the consumer log's).
     *
     * @return true when this call put a unit back
     */
    @Transactional
    public boolean release(long orderId, String innerCode, Long goodsId, String reason) {
        String why = cancelReason(reason);
        Optional<VendingOrder> taken = claimSlot(VendingOrder.tombstone(orderId, innerCode, goodsId, why));
        if (taken.isEmpty()) {
            log.info("Order {} cancelled before it reserved a unit at machine {}; a late reservation will be refused",
                    orderId, innerCode);
            return false;
        }
        VendingOrder order = taken.get();
        if (order.getStatus() == VendingOrderStatus.DISPENSED) {
            log.info("Order {} cancelled after machine {} dispensed it; the unit was sold", orderId, order.getInnerCode());
            return false;
        }
        if (!vending.transition(orderId, RELEASABLE, VendingOrderStatus.RELEASED, why)) {
            return false; // released already
        }
        if (order.getStatus() == VendingOrderStatus.DISPENSING) {
            log.warn("Order {} cancelled while machine {} was dispensing it; its unit is given back, and a success the "
                    + "machine reports later is logged as an error", orderId, order.getInnerCode());
        }
        if (!vending.returnUnit(order.getInnerCode(), order.getChannelCode())) {
            log.warn("Channel {} of machine {} is full (restocked since order {} reserved from it); its unit is not "
                    + "counted twice", order.getChannelCode(), order.getInnerCode(), orderId);
            return false;
        }
        log.info("Gave back the unit of cancelled order {} to channel {} of machine {}", orderId,
                order.getChannelCode(), order.getInnerCode());
        return true;
    }

    /**
     * Writes the row into the order's empty slot and returns empty; when the slot is taken, returns what it holds,
     * locked for the rest of the transaction. The lock comes first: callers meeting on a taken slot queue on its row
     * lock, where an INSERT IGNORE first would give each a shared lock that both then try to upgrade.
     */
    private Optional<VendingOrder> claimSlot(VendingOrder row) {
        Optional<VendingOrder> taken = vending.lockOrder(row.getOrderId());
        if (taken.isPresent() || vending.addOrder(row)) {
            return taken;
        }
        // another caller filled the slot between the two statements
        return Optional.of(vending.lockOrder(row.getOrderId()).orElseThrow(() -> new IllegalStateException(
                "vending ledger row of order " + row.getOrderId() + " taken but unreadable")));
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
