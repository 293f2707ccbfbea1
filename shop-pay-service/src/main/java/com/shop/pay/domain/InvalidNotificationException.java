package com.shop.pay.domain;

/** A notification that is not a genuine notification of our merchant: it is refused and changes nothing. */
public class InvalidNotificationException extends RuntimeException {

    public InvalidNotificationException(String message) {
        super(message);
    }

    public InvalidNotificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
