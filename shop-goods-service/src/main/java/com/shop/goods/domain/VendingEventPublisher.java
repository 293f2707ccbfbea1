package com.shop.goods.domain;

import java.time.Duration;
import java.time.Instant;

/** Announces what happens to vending orders, in the transaction of the change it announces. */
public interface VendingEventPublisher {

    /** The paid order is to be dispensed: the goods service itself sends the command once this is committed. */
    void dispenseRequested(VendingOrder order, Instant requestedAt, Duration timeout);

    /** A reminder to the goods service itself at {@code dueAt}, when a dispense still unanswered has failed. */
    void dispenseDue(VendingOrder order, Instant dueAt);

    void dispensed(VendingOrder order, Instant dispensedAt);

    void dispenseFailed(VendingOrder order, String reason);
}
