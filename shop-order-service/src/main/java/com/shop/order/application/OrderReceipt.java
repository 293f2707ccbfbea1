package com.shop.order.application;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.order.domain.Order;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * A shopper confirming their shipped ordinary order arrived. Only the owner may: another user's order does not exist
 * for them. Only a shipped order, and only once; a vending order is handed over by its machine and never received so.
 */
@Slf4j
@Service
public class OrderReceipt {

    private final OrderQueries queries;
    private final OrderTransitions transitions;

    public OrderReceipt(OrderQueries queries, OrderTransitions transitions) {
        this.queries = queries;
        this.transitions = transitions;
    }

    /**
     * @return the order, received
     * @throws com.shop.api.exception.OrderNotFoundException no such order of this user
     * @throws IllegalOrderStateException the order is not shipped, received already, or a vending order
     */
    public Order receive(long userId, long orderId) {
        Order order = queries.getOrder(userId, orderId);
        if (!transitions.receive(order)) {
            Order now = queries.getOrder(userId, orderId);
            throw new IllegalOrderStateException("order " + orderId + " cannot be received: it is "
                            + now.getShippingStatus() + (now.isVending() ? ", a vending order" : "")
                            + "; only a shipped order is received, once")
                    .withOrderId(orderId);
        }
        log.info("Order {} received by its shopper", orderId);
        return queries.getOrder(userId, orderId);
    }
}
