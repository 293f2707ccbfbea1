package com.shop.pay.domain;

/** The payment platform could not be reached, or answered something that cannot be believed. */
public class PaymentGatewayException extends RuntimeException {

    public PaymentGatewayException(String message) {
        super(message);
    }

    public PaymentGatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
