package com.shop.order.domain;

/**
 * The timeline of each order (the course's "pay log"): one entry per event, written in the transaction that made
 * the event happen, so the timeline never claims something that was rolled back.
 */
public interface OrderTimeline {

    /** @return false when the order already has an entry for this event (a repeat changes nothing) */
    boolean record(long orderId, OrderTimelineEvent event, String detail);
}
