package com.shop.order.application;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.ShopException;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderTransition;
import java.util.Locale;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * An operator shipping a paid ordinary order: only a confirmed, paid order not shipped yet, not a vending order (its
 * machine dispenses it) and not one whose shopper asked for a refund. The guarded update decides; a refusal names
 * the order's state as it is after the update was refused.
 */
@Slf4j
@Service
public class OrderShipping {

    private final OrderQueries queries;
    private final OrderTransitions transitions;

    public OrderShipping(OrderQueries queries, OrderTransitions transitions) {
        this.queries = queries;
        this.transitions = transitions;
    }

    /**
     * @return the order, shipped
     * @throws com.shop.api.exception.OrderNotFoundException no such order
     * @throws IllegalOrderStateException the order may not be shipped (nothing changed)
     */
    public Order ship(long operatorId, long orderId) {
        Order order = queries.getOrderOfAnyUser(orderId);
        if (!transitions.ship(order, operatorId)) {
            throw refusal(queries.getOrderOfAnyUser(orderId));
        }
        log.info("Order {} shipped by operator {}", orderId, operatorId);
        return queries.getOrderOfAnyUser(orderId);
    }

    private static ShopException refusal(Order order) {
        return new IllegalOrderStateException("order " + order.getOrderId() + " cannot be shipped: " + why(order))
                .withOrderId(order.getOrderId());
    }

    private static String why(Order order) {
        if (order.isVending()) {
            return "a vending order is dispensed by its machine";
        }
        if (order.isShipped()) {
            return "it is " + order.getShippingStatus().name().toLowerCase(Locale.ROOT) + " already";
        }
        if (order.isRefundAsked() && OrderTransition.ASK_REFUND.leavesFrom(order)) {
            return "its shopper asked for a refund";
        }
        return "only a confirmed, paid order is shipped, and it is " + order.getOrderStatus() + " and "
                + order.getPayStatus();
    }
}
