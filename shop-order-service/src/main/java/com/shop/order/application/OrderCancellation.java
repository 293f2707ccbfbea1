package com.shop.order.application;

import com.shop.api.PaymentService;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.ShopException;
import com.shop.order.domain.Order;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.pay.PaymentClosure;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * A shopper cancelling their own order:
 * <ul>
 *   <li>confirmed and unpaid: its payment is closed first; if the platform says it was paid meanwhile, the order is
 *       refunded like a paid one, otherwise it is cancelled;</li>
 *   <li>paid and not shipped: the refund is recorded on the order, which an operator can then no longer ship, the
 *       payment is refunded through the platform, then the order is refunded;</li>
 *   <li>paid in full by coupon and balance: refunded without the pay service, nothing was paid at the platform;</li>
 *   <li>cancelled, invalid or refunded already: returned as it is, so cancelling twice is harmless.</li>
 * </ul>
 * A paid vending order is not the user's to cancel: its machine is dispensing it, and a failed dispense is refunded
 * without being asked.
 * Every remote call runs before the local transaction that moves the order, never inside it, and a failing pay
 * service leaves the order unchanged. Each transition is guarded: when a timeout, a payment or another cancel moves
 * the order first, this one re-reads it and decides again. Stock, coupon and balance come back through
 * {@code OrderCancelled}.
 *
 * <p>Not transactional itself: the local transactions are {@link OrderTransitions}'.
 */
@Slf4j
@Service
public class OrderCancellation {

    static final String CANCEL_REASON = "cancelled by the user";
    static final String REFUND_REASON = AskedRefund.REASON;
    /** Decisions lost to a concurrent change are taken again on the new state, this often at most. */
    static final int MAX_ATTEMPTS = 3;

    private final OrderQueries queries;
    private final PaymentService payments;
    private final OrderTransitions transitions;
    private final AskedRefund askedRefund;

    public OrderCancellation(
            OrderQueries queries, PaymentService payments, OrderTransitions transitions, AskedRefund askedRefund) {
        this.queries = queries;
        this.payments = payments;
        this.transitions = transitions;
        this.askedRefund = askedRefund;
    }

    /** @return the order after the cancel (cancelled or refunded), or as it was when it was closed already */
    public Order cancel(long userId, long orderId) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Order order = queries.getOrder(userId, orderId);
            if (order.isClosed()) {
                return order;
            }
            refuseUnlessCancellable(order);
            if (cancelOnce(order)) {
                Order cancelled = queries.getOrder(userId, orderId);
                log.info("Order {} is {} at the user's request", orderId, cancelled.getOrderStatus());
                return cancelled;
            }
            log.info("Order {} changed while it was being cancelled; deciding again", orderId);
        }
        throw new IllegalOrderStateException(
                        "order " + orderId + " kept changing while it was being cancelled; " + "try again")
                .withOrderId(orderId);
    }

    private static void refuseUnlessCancellable(Order order) {
        if (order.getOrderStatus() == OrderStatus.UNCONFIRMED) {
            throw new IllegalOrderStateException("order " + order.getOrderId() + " is still being confirmed")
                    .withOrderId(order.getOrderId());
        }
        if (order.isShipped()) {
            throw new IllegalOrderStateException("order " + order.getOrderId() + " has been shipped")
                    .withOrderId(order.getOrderId());
        }
        if (order.isVending() && order.isPaid()) {
            throw beingDispensed(order);
        }
    }

    private static ShopException beingDispensed(Order order) {
        return new IllegalOrderStateException("order " + order.getOrderId()
                        + " is paid and being dispensed by its vending machine; a failed dispense is refunded")
                .withOrderId(order.getOrderId());
    }

    /** @return false when a concurrent change won the guarded transition */
    private boolean cancelOnce(Order order) {
        if (order.isPaidOnConfirmation()) {
            return transitions.refund(order, REFUND_REASON);
        }
        if (order.isPaid() || closePayment(order) == PaymentClosure.PAID) {
            if (order.isVending()) {
                throw beingDispensed(order);
            }
            if (!transitions.askRefund(order)) {
                return false; // shipped or closed meanwhile: decided again on its new state
            }
            // should this end before the order moves, the AskedRefundSweeper finishes it
            return askedRefund.finish(order);
        }
        return transitions.cancelUnpaid(order, CANCEL_REASON);
    }

    private PaymentClosure closePayment(Order order) {
        return PayServiceCalls.ask(
                "closing the payment", order.getOrderId(), () -> payments.closeOrderPayment(order.getOrderId()));
    }
}
