package com.shop.goods.vending.domain;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.ShopException;
import com.shop.common.ledger.LedgerEntry;
import com.shop.common.ledger.LedgerPhase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * A vending order's row of the vending ledger ({@code trade_vending_order}): which unit it holds, and its state. The
 * row is both of the order's ledger slots: the reservation, or the tombstone of a cancel that came first, fills it
 * (the forward slot), and the release of the reservation is the same row moved to RELEASED with its channel kept (the
 * undo slot), so what a row holds tells its phase.
 */
@Data
@Builder(toBuilder = true)
@NoArgsConstructor
@AllArgsConstructor
public class VendingOrder implements LedgerEntry<VendingOrder> {

    private long orderId;
    private String innerCode;
    /** Null until the reservation found its channel, and on a tombstone. */
    private String channelCode;

    private Long goodsId;
    private BigDecimal price;
    private VendingOrderStatus status;
    private String reason;
    /** The id of the dispense command sent for the order, which the machine's result must echo; null until paid. */
    private String commandId;
    /** When the dispense command last went out: the machine's time to answer counts from there. Null until it does. */
    private Instant commandSentAt;

    /** The row a reservation starts with; the channel is set once a unit was taken from one. */
    public static VendingOrder reserving(long orderId, String innerCode, long goodsId, BigDecimal price) {
        return new VendingOrder(
                orderId, innerCode, null, goodsId, price, VendingOrderStatus.RESERVED, null, null, null);
    }

    /** What a cancel leaves when the order reserved nothing: a late reservation then finds it and is refused. */
    public static VendingOrder tombstone(long orderId, String innerCode, Long goodsId, String reason) {
        return new VendingOrder(
                orderId, innerCode, null, goodsId, null, VendingOrderStatus.RELEASED, reason, null, null);
    }

    /** The undo of this reservation: its row released, for {@code reason}, with the unit's channel still named. */
    public VendingOrder released(String reason) {
        return toBuilder().status(VendingOrderStatus.RELEASED).reason(reason).build();
    }

    @Override
    public boolean isTombstone() {
        return status == VendingOrderStatus.RELEASED && channelCode == null;
    }

    /** A released reservation is the undo; anything else, a tombstone included, stands in the forward slot. */
    @Override
    public LedgerPhase getPhase() {
        return status == VendingOrderStatus.RELEASED && channelCode != null ? LedgerPhase.UNDO : LedgerPhase.FORWARD;
    }

    /** The same unit asked for again: the machine, the goods and the price (the channel is the ledger's choice). */
    @Override
    public boolean isRepeatedBy(VendingOrder step) {
        return holds(step.innerCode, step.goodsId, step.price);
    }

    @Override
    public String describe() {
        return "a unit of goods " + goodsId + " at " + price + " in machine " + innerCode
                + (channelCode == null ? "" : " (channel " + channelCode + ")");
    }

    /**
     * Whether a result carrying {@code answeredCommandId} answers the command sent for this order. Compared in constant
     * time, so how long the check takes tells nothing about the id.
     */
    public boolean isAnsweredBy(String answeredCommandId) {
        return commandId != null
                && answeredCommandId != null
                && MessageDigest.isEqual(
                        commandId.getBytes(StandardCharsets.UTF_8), answeredCommandId.getBytes(StandardCharsets.UTF_8));
    }

    public boolean needsMachine(String machine) {
        return status.needsMachine() && innerCode.equals(machine);
    }

    /**
     * Accepts a repeated reservation of this order as a no-op when it asks for what the order already holds, and
     * refuses any other: the order was cancelled, its dispense failed, or it holds something else.
     */
    public void acceptRepeat(String machine, long goods, BigDecimal atPrice) {
        if (isTombstone()) {
            throw refusal("order " + orderId + " was cancelled; nothing is reserved for it");
        }
        if (status == VendingOrderStatus.RELEASED) {
            throw refusal("order " + orderId + " was cancelled; its unit was given back");
        }
        if (status == VendingOrderStatus.FAILED) {
            throw refusal("the dispense of order " + orderId + " failed; the order is being refunded");
        }
        if (!holds(machine, goods, atPrice)) {
            throw refusal("order " + orderId + " already reserved goods " + goodsId + " at " + price + " in machine "
                    + innerCode);
        }
    }

    private boolean holds(String machine, Long goods, BigDecimal atPrice) {
        return innerCode.equals(machine)
                && goodsId != null
                && goodsId.equals(goods)
                && price != null
                && atPrice != null
                && price.compareTo(atPrice) == 0;
    }

    private ShopException refusal(String message) {
        return new IllegalOrderStateException(message).withOrderId(orderId);
    }
}
