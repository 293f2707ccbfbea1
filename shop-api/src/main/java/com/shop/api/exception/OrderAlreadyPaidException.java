package com.shop.api.exception;

import java.io.Serial;

/** The order needs no payment: it was paid already (or its pay amount is 0). */
public class OrderAlreadyPaidException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "ORDER_ALREADY_PAID";

    public OrderAlreadyPaidException() {
        super();
    }

    public OrderAlreadyPaidException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }
}
