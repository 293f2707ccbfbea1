package com.shop.goods.vending.domain;

import java.time.Duration;
import java.time.Instant;

/** Announces what happens to vending orders, in the transaction of the change it announces. */
public interface VendingEventPublisher {

    /** The paid order is to be dispensed: the goods service itself sends the command once this is committed. */
    void dispenseRequested(VendingOrder order, Instant requestedAt, Duration timeout);

    /**
     * A reminder to the goods service itself at {@code dueAt}, to look whether a dispense is still unanswered. An order
     * may have several: one for each command sent, and one for each time a look came too early.
     */
    void dispenseDue(VendingOrder order, Instant dueAt);

    void dispensed(VendingOrder order, Instant dispensedAt);

    void dispenseFailed(VendingOrder order, String reason);
}
