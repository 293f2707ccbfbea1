package com.shop.api.exception;

import java.io.Serial;

/** The order is not in a state that allows this step (for instance a forward step arriving after the order was cancelled). */
public class IllegalOrderStateException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "ORDER_STATE_CONFLICT";

    public IllegalOrderStateException() {
        super();
    }

    public IllegalOrderStateException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }
}
