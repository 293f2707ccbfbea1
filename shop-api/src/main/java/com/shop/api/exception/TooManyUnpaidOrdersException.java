package com.shop.api.exception;

import java.io.Serial;

/** The user already holds as many unpaid orders as one may: pay or cancel one first. */
public class TooManyUnpaidOrdersException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "TOO_MANY_UNPAID_ORDERS";

    public TooManyUnpaidOrdersException() {
        super();
    }

    public TooManyUnpaidOrdersException(String message) {
        super(CODE, message);
    }

    public static TooManyUnpaidOrdersException atLimit(int limit) {
        return new TooManyUnpaidOrdersException(
                "You already have " + limit + " unpaid orders; pay or cancel one before ordering again.");
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.TOO_MANY;
    }
}
