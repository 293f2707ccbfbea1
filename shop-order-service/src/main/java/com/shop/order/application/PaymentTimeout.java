package com.shop.order.application;

import com.shop.api.PaymentService;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderRepository;
import com.shop.pojo.pay.PaymentClosure;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * Closing an order whose time to pay ran out (docs/architecture.md §9), in two steps the caller runs in this order:
 * <ol>
 *   <li>{@link #closePaymentIfUnpaid}: outside any transaction, the pay service closes the order's payment at the
 *       platform. It is idempotent, so a redelivered reminder may ask again; when the platform says the payment was
 *       made meanwhile, the pay service applies it and answers {@code PAID}.</li>
 *   <li>{@link #invalidateUnlessPaid}: in the caller's transaction, and only when nobody can pay any more, the guarded
 *       transition to {@code INVALID}; {@code OrderCancelled} then gives stock, coupon and balance back.</li>
 * </ol>
 * A payment made just before the close therefore wins over the timeout: the order ends paid, never invalid with
 * the money taken.
 */
@Slf4j
@Service
public class PaymentTimeout {

    static final String REASON = "not paid in time";

    private final OrderRepository orders;
    private final PaymentService payments;
    private final OrderTransitions transitions;

    public PaymentTimeout(OrderRepository orders, PaymentService payments, OrderTransitions transitions) {
        this.orders = orders;
        this.payments = payments;
        this.transitions = transitions;
    }

    /**
     * Remote: never call it inside a transaction. A failure of the pay service is thrown, so the reminder is
     * delivered again later.
     *
     * @return what closing the payment found, or empty when the order no longer awaits payment (paid, closed,
     *         unknown) and the pay service was not asked
     */
    public Optional<PaymentClosure> closePaymentIfUnpaid(long orderId) {
        Optional<Order> unpaid = orders.findById(orderId).filter(Order::awaitsPayment);
        if (unpaid.isEmpty()) {
            log.debug("Payment of order {} fell due, but the order no longer awaits payment", orderId);
            return Optional.empty();
        }
        PaymentClosure closure = payments.closeOrderPayment(orderId);
        log.info("Payment of order {} fell due; closing it found {}", orderId, closure);
        return Optional.of(closure);
    }

    /** @return true when this call invalidated the order */
    public boolean invalidateUnlessPaid(long orderId, PaymentClosure closure) {
        if (closure == PaymentClosure.PAID) {
            log.info("Order {} was paid before its payment could be closed; it goes the paid way", orderId);
            return false;
        }
        Order order = orders.findById(orderId)
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " vanished while it fell due"));
        String reason = closure == PaymentClosure.NO_PAYMENT
                ? REASON + "; no payment was opened"
                : REASON + "; its payment was closed";
        return transitions.invalidateUnpaid(order, reason);
    }
}
