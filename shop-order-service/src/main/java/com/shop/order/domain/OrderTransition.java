package com.shop.order.domain;

import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.order.ShippingStatus;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of an order's life (docs/architecture.md §6), each with the states it leaves from: the only place that
 * says which moves are legal. The repository's guarded updates take their {@code WHERE} from here, so two parties
 * racing to move one order (the saga and the sweeper, a timeout and a cancel, two payments) cannot both win.
 */
public enum OrderTransition {

    /** Every remote step took what the order spends. */
    CONFIRM(
            EnumSet.of(OrderStatus.UNCONFIRMED),
            EnumSet.allOf(PayStatus.class),
            EnumSet.allOf(ShippingStatus.class),
            OrderStatus.CONFIRMED,
            null),
    /** A step failed, or the saga died and the sweeper found the order: a confirmed order is never cancelled so. */
    CANCEL(
            EnumSet.of(OrderStatus.UNCONFIRMED),
            EnumSet.allOf(PayStatus.class),
            EnumSet.allOf(ShippingStatus.class),
            OrderStatus.CANCELLED,
            null),
    /** The payment reached the order; it stays confirmed, and the first payment applied is the one it keeps. */
    MARK_PAID(
            EnumSet.of(OrderStatus.CONFIRMED),
            EnumSet.of(PayStatus.UNPAID, PayStatus.PAYING),
            EnumSet.allOf(ShippingStatus.class),
            OrderStatus.CONFIRMED,
            PayStatus.PAID),
    /** A vending machine dispensed the paid order. */
    MARK_SHIPPED(
            EnumSet.of(OrderStatus.CONFIRMED),
            EnumSet.of(PayStatus.PAID),
            EnumSet.of(ShippingStatus.NOT_SHIPPED),
            OrderStatus.CONFIRMED,
            null,
            ShippingStatus.SHIPPED,
            Only.ANY_ORDER),
    /**
     * An operator handed the paid ordinary order to the carrier. Never a vending order (its machine dispenses it), and
     * never one whose shopper asked for a refund: a refund and a shipment racing cannot both win.
     */
    SHIP(
            EnumSet.of(OrderStatus.CONFIRMED),
            EnumSet.of(PayStatus.PAID),
            EnumSet.of(ShippingStatus.NOT_SHIPPED),
            OrderStatus.CONFIRMED,
            null,
            ShippingStatus.SHIPPED,
            Only.ORDINARY_WITHOUT_REFUND_ASKED),
    /** Its shopper confirmed the shipped ordinary order arrived. */
    RECEIVE(
            EnumSet.of(OrderStatus.CONFIRMED),
            EnumSet.of(PayStatus.PAID),
            EnumSet.of(ShippingStatus.SHIPPED),
            OrderStatus.CONFIRMED,
            null,
            ShippingStatus.RECEIVED,
            Only.ORDINARY),
    /**
     * Its shopper asked to cancel it with a refund: recorded before the pay service is asked, so that from then on the
     * order is not shipped ({@link #SHIP}). From any pay state, as {@link #REFUND}; repeated by every such cancel.
     */
    ASK_REFUND(
            EnumSet.of(OrderStatus.CONFIRMED),
            EnumSet.allOf(PayStatus.class),
            EnumSet.of(ShippingStatus.NOT_SHIPPED),
            OrderStatus.CONFIRMED,
            null),
    /** Its user cancelled it unpaid, once its trade was closed: a paid order is refunded, never merely cancelled. */
    CANCEL_UNPAID(
            EnumSet.of(OrderStatus.CONFIRMED),
            EnumSet.of(PayStatus.UNPAID, PayStatus.PAYING),
            EnumSet.of(ShippingStatus.NOT_SHIPPED),
            OrderStatus.CANCELLED,
            null),
    /** Its time to pay ran out, once its trade was closed: an order paid meanwhile stays confirmed. */
    INVALIDATE_UNPAID(
            EnumSet.of(OrderStatus.CONFIRMED),
            EnumSet.of(PayStatus.UNPAID, PayStatus.PAYING),
            EnumSet.allOf(ShippingStatus.class),
            OrderStatus.INVALID,
            null),
    /**
     * Its payment was refunded (or coupon and balance paid it all). From any pay state: the payment may have been
     * applied at the pay service before its PaymentSucceeded reached this one, and a refunded order was paid. A
     * shipped order is not refunded so.
     */
    REFUND(
            EnumSet.of(OrderStatus.CONFIRMED),
            EnumSet.allOf(PayStatus.class),
            EnumSet.of(ShippingStatus.NOT_SHIPPED),
            OrderStatus.REFUNDED,
            PayStatus.PAID);

    private final Set<OrderStatus> orderStatuses;
    private final Set<PayStatus> payStatuses;
    private final Set<ShippingStatus> shippingStatuses;
    private final OrderStatus orderStatusAfter;
    private final PayStatus payStatusAfter;
    private final ShippingStatus shippingStatusAfter;
    private final Only only;

    OrderTransition(
            Set<OrderStatus> orderStatuses,
            Set<PayStatus> payStatuses,
            Set<ShippingStatus> shippingStatuses,
            OrderStatus orderStatusAfter,
            PayStatus payStatusAfter) {
        this(orderStatuses, payStatuses, shippingStatuses, orderStatusAfter, payStatusAfter, null, Only.ANY_ORDER);
    }

    OrderTransition(
            Set<OrderStatus> orderStatuses,
            Set<PayStatus> payStatuses,
            Set<ShippingStatus> shippingStatuses,
            OrderStatus orderStatusAfter,
            PayStatus payStatusAfter,
            ShippingStatus shippingStatusAfter,
            Only only) {
        this.orderStatuses = Collections.unmodifiableSet(orderStatuses);
        this.payStatuses = Collections.unmodifiableSet(payStatuses);
        this.shippingStatuses = Collections.unmodifiableSet(shippingStatuses);
        this.orderStatusAfter = orderStatusAfter;
        this.payStatusAfter = payStatusAfter;
        this.shippingStatusAfter = shippingStatusAfter;
        this.only = only;
    }

    /** Which orders, besides their states, a move is for. */
    enum Only {
        ANY_ORDER,
        /** Not vending orders: their machine dispenses them, on a path of their own. */
        ORDINARY,
        /** Not vending orders, nor orders whose shopper asked for a refund. */
        ORDINARY_WITHOUT_REFUND_ASKED
    }

    /** Whether an order in these states may take this move, if it is an order the move is for ({@link #isFor}). */
    public boolean leavesFrom(OrderStatus orderStatus, PayStatus payStatus, ShippingStatus shippingStatus) {
        return orderStatuses.contains(orderStatus)
                && payStatuses.contains(payStatus)
                && shippingStatuses.contains(shippingStatus);
    }

    /** Whether the order may take this move: its states, and whether it is an order the move is for. */
    public boolean leavesFrom(Order order) {
        return leavesFrom(order.getOrderStatus(), order.getPayStatus(), order.getShippingStatus())
                && isFor(order.isVending(), order.isRefundAsked());
    }

    /** Whether the move is for an order that is (or is not) a vending order and has (or has not) a refund asked. */
    public boolean isFor(boolean vending, boolean refundAsked) {
        return switch (only) {
            case ANY_ORDER -> true;
            case ORDINARY -> !vending;
            case ORDINARY_WITHOUT_REFUND_ASKED -> !vending && !refundAsked;
        };
    }

    /** The guarded update refuses vending orders ({@code inner_code IS NULL}). */
    public boolean isOrdinaryOnly() {
        return only != Only.ANY_ORDER;
    }

    /** The guarded update refuses orders whose shopper asked for a refund ({@code refund_asked_time IS NULL}). */
    public boolean isRefusedOnceRefundAsked() {
        return only == Only.ORDINARY_WITHOUT_REFUND_ASKED;
    }

    /** The shipping status it sets; null when it leaves it as it is. */
    public ShippingStatus getShippingStatusAfter() {
        return shippingStatusAfter;
    }

    /** The order statuses it leaves from. */
    public Set<OrderStatus> getOrderStatuses() {
        return orderStatuses;
    }

    /** The pay statuses it leaves from. */
    public Set<PayStatus> getPayStatuses() {
        return payStatuses;
    }

    /** The shipping statuses it leaves from. */
    public Set<ShippingStatus> getShippingStatuses() {
        return shippingStatuses;
    }

    /** The order status it ends in (unchanged for the moves of a confirmed order that keep it confirmed). */
    public OrderStatus getOrderStatusAfter() {
        return orderStatusAfter;
    }

    /**
     * The pay status it sets; null when it sets none of its own (a confirmation paid in full by coupon and balance is
     * paid as it is confirmed: {@link Order#confirmed}).
     */
    public PayStatus getPayStatusAfter() {
        return payStatusAfter;
    }

    /** Cancelled, invalid or refunded: after it nothing happens to the order any more, and others must hear of it. */
    public boolean closes() {
        return orderStatusAfter == OrderStatus.CANCELLED
                || orderStatusAfter == OrderStatus.INVALID
                || orderStatusAfter == OrderStatus.REFUNDED;
    }
}
