package com.shop.devstack;

/** The stack did not come up; the message says which application and shows the end of its log. */
public class DevStackStartException extends RuntimeException {

    public DevStackStartException(String message) {
        super(message);
    }
}
