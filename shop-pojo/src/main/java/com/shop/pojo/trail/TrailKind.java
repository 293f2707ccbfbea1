package com.shop.pojo.trail;

/** What an entry of an order's trail tells of. */
public enum TrailKind {
    /** A saga step a participant took: stock, coupon, balance, a machine's unit. */
    STEP,
    /** The undo of a step, or the tombstone that fenced off a step that never came. */
    COMPENSATION,
    /** A message of the order written to a service's outbox (its time) and, once sent, relayed. */
    MESSAGE_SENT,
    /** A message of the order a consumer group handled, or failed on. */
    MESSAGE_CONSUMED,
    PAYMENT,
    REFUND,
    /** A vending machine's dispense: requested, done or failed. */
    DISPENSE,
    /** A move of the order itself, from its own timeline. */
    ORDER,
    /** A service that did not answer in time: its part of the trail is missing. */
    UNAVAILABLE
}
