package com.shop.order.application;

import com.shop.api.PaymentService;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderRepository;
import com.shop.pojo.event.VendingDispenseFailed;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * Refunding a paid vending order its machine did not dispense, in the two steps its listener runs in this order:
 * <ol>
 *   <li>{@link #refundPayment}: outside any transaction, the pay service refunds the payment through the platform.
 *       It is idempotent, so a redelivered failure asks again harmlessly; when it fails it is thrown and the failure
 *       is delivered again later.</li>
 *   <li>{@link #refundOrder}: in the consumer's transaction, the guarded transition to {@code REFUNDED}, whose
 *       {@code OrderCancelled} gives the unit and the machine back.</li>
 * </ol>
 */
@Slf4j
@Service
public class FailedDispenseRefund {

    static final String REASON = "the vending machine did not dispense it";

    private final OrderRepository orders;
    private final PaymentService payments;
    private final OrderTransitions transitions;

    public FailedDispenseRefund(OrderRepository orders, PaymentService payments, OrderTransitions transitions) {
        this.orders = orders;
        this.payments = payments;
        this.transitions = transitions;
    }

    /** Remote: never call it inside a transaction. */
    public void refundPayment(VendingDispenseFailed failure) {
        Optional<Order> refundable = refundable(failure.getOrderId());
        if (refundable.isEmpty()) {
            return;
        }
        log.warn(
                "Vending machine {} did not dispense order {} ({}); refunding it",
                failure.getInnerCode(),
                failure.getOrderId(),
                failure.getReason());
        payments.refundOrderPayment(failure.getOrderId(), reason(failure));
    }

    /** @return true when this call marked the order refunded */
    public boolean refundOrder(VendingDispenseFailed failure) {
        return refundable(failure.getOrderId())
                .map(order -> transitions.refund(order, reason(failure)))
                .orElse(false);
    }

    /** A vending order still open: one already closed (refunded, say, by an earlier delivery) needs nothing. */
    private Optional<Order> refundable(long orderId) {
        Optional<Order> order = orders.findById(orderId);
        if (order.isEmpty() || !order.get().isVending() || order.get().isClosed()) {
            log.info(
                    "Order {} needs no refund for its failed dispense: {}",
                    orderId,
                    order.map(found -> found.getOrderStatus().name()).orElse("unknown"));
            return Optional.empty();
        }
        return order;
    }

    private static String reason(VendingDispenseFailed failure) {
        return failure.getReason() == null ? REASON : REASON + ": " + failure.getReason();
    }
}
