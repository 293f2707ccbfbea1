package com.shop.order.domain;

import java.time.Instant;

/** Announces what happened to orders, in the transaction of the change it announces. */
public interface OrderEventPublisher {

    /** The order was cancelled: every participant undoes what it did for it. */
    void orderCancelled(Order order, String reason);

    /**
     * The order was confirmed with something left to pay: a reminder delivered to the order service itself at
     * {@code dueAt}, when an order still unpaid is closed.
     */
    void paymentDue(Order order, Instant dueAt);
}
