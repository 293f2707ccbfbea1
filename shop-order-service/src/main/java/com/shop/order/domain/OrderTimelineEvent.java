package com.shop.order.domain;

/** What can happen to an order, as its timeline ({@code trade_order_log.event}) names it. */
public enum OrderTimelineEvent {
    CONFIRMED,
    PAID,
    CANCELLED,
    INVALIDATED,
    REFUNDED,
    /** Handed over: dispensed by its vending machine, or shipped by an operator. */
    SHIPPED,
    /** Its shopper confirmed it arrived. */
    RECEIVED
}
