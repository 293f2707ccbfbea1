package com.shop.order.application;

import com.shop.api.exception.TooManyUnpaidOrdersException;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderEventPublisher;
import com.shop.order.domain.OrderRepository;
import com.shop.order.domain.OrderTimeline;
import com.shop.order.domain.OrderTimelineEvent;
import com.shop.order.domain.OrderTransition;
import com.shop.order.domain.PlatformPayment;
import com.shop.pojo.event.PaymentSucceeded;
import com.shop.pojo.event.VendingDispensed;
import com.shop.pojo.pay.PayChannel;
import java.time.Clock;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local transactions of an order's life: each takes one of the order's moves ({@link OrderTransition}, which
 * says the states it leaves from) and writes what follows from it. Kept apart from the saga and the cancellation so
 * that no remote call ever runs inside one of them. Every move is a guarded update: when two parties race (the saga
 * and the sweeper, a timeout and a cancel, two cancels), exactly one of them moves the order, and only that one
 * announces it and writes it on the order's timeline.
 */
@Slf4j
@Service
public class OrderTransitions {

    private final OrderRepository orders;
    private final OrderEventPublisher events;
    private final OrderTimeline timeline;
    private final OrderProperties properties;
    private final Clock clock;

    public OrderTransitions(
            OrderRepository orders,
            OrderEventPublisher events,
            OrderTimeline timeline,
            OrderProperties properties,
            Clock clock) {
        this.orders = orders;
        this.events = events;
        this.timeline = timeline;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores a new order, unconfirmed, added now, committed on its own: the order must exist before any remote step
     * spends something for it, so that a crash afterwards leaves it for the sweeper to cancel. A user holding
     * {@link OrderProperties#getMaxUnpaid()} orders awaiting payment gets none more (zero: no limit).
     *
     * @return the order as stored
     * @throws TooManyUnpaidOrdersException when the user is at the limit (nothing stored)
     */
    @Transactional
    public Order placePreOrder(Order order) {
        int maxUnpaid = properties.getMaxUnpaid();
        if (maxUnpaid <= 0) {
            orders.insert(order);
        } else if (!orders.insertWithinUnpaidLimit(order, maxUnpaid)) {
            throw TooManyUnpaidOrdersException.atLimit(maxUnpaid);
        }
        return order;
    }

    /**
     * Confirms the order. One with something left to pay gets its payment deadline in the same statement: it exists
     * exactly when the confirmation does, and the {@link PaymentDeadlineSweeper} closes the order once it passed.
     *
     * @return the confirmed order as stored, or empty when it was no longer unconfirmed (cancelled meanwhile)
     */
    @Transactional
    public Optional<Order> confirm(Order order) {
        Order confirmed = order.confirmed(clock.instant(), properties.timeToPay(order));
        if (!orders.confirm(confirmed)) {
            return Optional.empty();
        }
        timeline.record(
                confirmed.getOrderId(),
                OrderTimelineEvent.CONFIRMED,
                confirmed.isPaidOnConfirmation()
                        ? "paid in full by coupon and balance"
                        : "to pay " + confirmed.getPayAmount());
        return Optional.of(confirmed);
    }

    /**
     * Cancels an unconfirmed order (its saga failed or died) and writes its {@code OrderCancelled} event in the same
     * transaction.
     *
     * @return false when the order was no longer unconfirmed: whoever moved it announced it, nothing is written
     */
    @Transactional
    public boolean cancel(Order order, String reason) {
        return close(order, OrderTransition.CANCEL, reason, OrderTimelineEvent.CANCELLED);
    }

    /**
     * Cancels a confirmed order nobody paid, once its payment can no longer be made.
     *
     * @return false when the order was no longer confirmed and unpaid (changing nothing)
     */
    @Transactional
    public boolean cancelUnpaid(Order order, String reason) {
        return close(order, OrderTransition.CANCEL_UNPAID, reason, OrderTimelineEvent.CANCELLED);
    }

    /**
     * Invalidates a confirmed order whose time to pay ran out, once its payment can no longer be made.
     *
     * @return false when the order was no longer confirmed and unpaid (changing nothing)
     */
    @Transactional
    public boolean invalidateUnpaid(Order order, String reason) {
        return close(order, OrderTransition.INVALIDATE_UNPAID, reason, OrderTimelineEvent.INVALIDATED);
    }

    /**
     * Marks a paid order refunded, once its payment was refunded (or when coupon and balance paid it all).
     *
     * @return false when the order was no longer confirmed and unshipped (changing nothing)
     */
    @Transactional
    public boolean refund(Order order, String reason) {
        return close(order, OrderTransition.REFUND, reason, OrderTimelineEvent.REFUNDED);
    }

    /**
     * Applies a payment to its order. An order that is no longer confirmed (invalidated or cancelled while the money
     * was on its way) is left alone: its payment had been closed, and the pay service refunds a payment made on a
     * closed trade.
     *
     * @return true when this call marked the order paid
     */
    @Transactional
    public boolean markPaid(PaymentSucceeded payment) {
        boolean marked = orders.markPaidBy(payment.getOrderId(), platformPayment(payment));
        if (!marked) {
            log.info(
                    "Payment {} of order {} found the order paid already or no longer confirmed; nothing to do",
                    payment.getPayId(),
                    payment.getOrderId());
        }
        return marked;
    }

    /** Events written before they named their channel were all WeChat Pay's, the only platform then. */
    private static PlatformPayment platformPayment(PaymentSucceeded payment) {
        PayChannel channel = payment.getChannel() == null ? PayChannel.WECHAT : payment.getChannel();
        return new PlatformPayment(payment.getPayId(), channel, payment.getTransactionId(), payment.getPaidAt());
    }

    /**
     * Marks a paid vending order shipped: its machine dispensed it. The goods service hears of the payment on its own,
     * so the dispense may reach this order before the payment does; then the guarded update matches nothing, and
     * the order's state tells an early dispense (refused, to be delivered again) from one that can never ship.
     *
     * @return true when this call marked it; false for a repeat, or an order closed (or unknown) that never ships
     * @throws OrderNotYetPaidException when the order has not seen its payment yet
     */
    @Transactional
    public boolean markShipped(VendingDispensed dispensed) {
        long orderId = dispensed.getOrderId();
        if (orders.markShipped(orderId)) {
            timeline.record(
                    orderId,
                    OrderTimelineEvent.SHIPPED,
                    "dispensed by vending machine " + dispensed.getInnerCode() + " from channel "
                            + dispensed.getChannelCode());
            return true;
        }
        Optional<Order> order = orders.findById(orderId);
        if (order.isPresent() && order.get().mayStillBeShipped()) {
            throw new OrderNotYetPaidException("order " + orderId + " was dispensed by machine "
                    + dispensed.getInnerCode() + " before its payment reached it");
        }
        logUnshippable(dispensed, order);
        return false;
    }

    private static void logUnshippable(VendingDispensed dispensed, Optional<Order> order) {
        if (order.isPresent() && order.get().isShipped()) {
            log.info(
                    "Order {} is shipped already; its dispense by machine {} is a repeat",
                    dispensed.getOrderId(),
                    dispensed.getInnerCode());
            return;
        }
        log.warn(
                "Machine {} dispensed order {}, which can never ship: {}",
                dispensed.getInnerCode(),
                dispensed.getOrderId(),
                order.map(found -> found.getOrderStatus().name()).orElse("unknown"));
    }

    /**
     * Ships a paid ordinary order, as an operator did, and writes it on the order's timeline.
     *
     * @return false when the order could not be shipped: not paid, shipped already, closed, a vending order, or its
     *     shopper asked for a refund (changing nothing)
     */
    @Transactional
    public boolean ship(Order order, long operatorId) {
        if (!orders.ship(order.getOrderId())) {
            return false;
        }
        timeline.record(order.getOrderId(), OrderTimelineEvent.SHIPPED, "shipped by operator " + operatorId);
        return true;
    }

    /**
     * Marks a shipped ordinary order received, as its shopper said, and writes it on the order's timeline.
     *
     * @return false when the order was not shipped, was received already, or is a vending order (changing nothing)
     */
    @Transactional
    public boolean receive(Order order) {
        if (!orders.receive(order.getOrderId())) {
            return false;
        }
        timeline.record(order.getOrderId(), OrderTimelineEvent.RECEIVED, "received by its shopper");
        return true;
    }

    /**
     * Records that the order's shopper asked to cancel it with a refund, before the refund is asked of the pay
     * service: from then on the order is not shipped, so a shipment cannot follow money given back.
     *
     * @return false when the order may no longer be refunded: shipped or closed meanwhile (changing nothing)
     */
    @Transactional
    public boolean askRefund(Order order) {
        return orders.askRefund(order.getOrderId());
    }

    /** @return false when the order's timeline already has its payment */
    @Transactional
    public boolean recordPayment(PaymentSucceeded payment) {
        return timeline.record(
                payment.getOrderId(),
                OrderTimelineEvent.PAID,
                "payment " + payment.getPayId() + " of " + payment.getPayAmount() + ", transaction "
                        + payment.getTransactionId());
    }

    private boolean close(Order order, OrderTransition closing, String reason, OrderTimelineEvent event) {
        String storedReason = Order.storableCancelReason(reason);
        if (!orders.close(order.getOrderId(), closing, storedReason)) {
            return false;
        }
        events.orderCancelled(order, storedReason);
        timeline.record(order.getOrderId(), event, storedReason);
        return true;
    }
}
