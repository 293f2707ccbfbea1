package com.shop.api.exception;

import java.io.Serial;

/** No order with that id belongs to the caller. */
public class OrderNotFoundException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "ORDER_NOT_FOUND";

    public OrderNotFoundException() {
        super();
    }

    public OrderNotFoundException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.NOT_FOUND;
    }
}
