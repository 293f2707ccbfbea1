package com.shop.order.application;

import com.shop.order.domain.Order;
import com.shop.order.domain.OrderEventPublisher;
import com.shop.order.domain.OrderRepository;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local transactions of an order's life. Kept apart from the saga so that no remote call ever runs inside one
 * of them. Every transition is a guarded update: when two parties race (the saga and the sweeper, two sweepers),
 * exactly one of them moves the order, and only that one announces it.
 */
@Service
public class OrderTransitions {

    private final OrderRepository orders;
    private final OrderEventPublisher events;

    public OrderTransitions(OrderRepository orders, OrderEventPublisher events) {
        this.orders = orders;
        this.events = events;
    }

    @Transactional
    public void placePreOrder(Order order) {
        orders.insert(order);
    }

    /** @return the confirmed order as stored, or empty when it was no longer unconfirmed (cancelled meanwhile) */
    @Transactional
    public Optional<Order> confirm(Order order) {
        if (!orders.confirm(order.getOrderId(), order.isPaidOnConfirmation())) {
            return Optional.empty();
        }
        return Optional.of(orders.findById(order.getOrderId())
                .orElseThrow(() -> new IllegalStateException("order " + order.getOrderId() + " vanished on confirm")));
    }

    /**
     * Cancels the order and writes its {@code OrderCancelled} event in the same transaction.
     *
     * @return false when the order was no longer unconfirmed: whoever moved it announced it, nothing is written
     */
    @Transactional
    public boolean cancel(Order order, String reason) {
        String storedReason = Order.storableCancelReason(reason);
        if (!orders.cancel(order.getOrderId(), storedReason)) {
            return false;
        }
        events.orderCancelled(order, storedReason);
        return true;
    }
}
