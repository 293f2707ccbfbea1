package com.shop.order.application;

/**
 * An order asked to move on from its payment before it has heard of that payment: a {@code VendingDispensed} that
 * overtook its {@code PaymentSucceeded}. Thrown from a consumer it fails the delivery, so the broker delivers the
 * message again later, by when the payment has usually arrived.
 */
public class OrderNotYetPaidException extends RuntimeException {

    public OrderNotYetPaidException(String message) {
        super(message);
    }
}
