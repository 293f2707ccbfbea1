package com.shop.order.domain;

/** Announces what happened to orders, in the transaction of the change it announces. */
public interface OrderEventPublisher {

    /** The order was cancelled: every participant undoes what it did for it. */
    void orderCancelled(Order order, String reason);
}
