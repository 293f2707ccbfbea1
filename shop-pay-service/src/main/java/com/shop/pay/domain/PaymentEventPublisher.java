package com.shop.pay.domain;

/** Announces payment events; called inside the transaction of the change, so the event exists iff the change does. */
public interface PaymentEventPublisher {

    void paymentSucceeded(Payment paid);
}
