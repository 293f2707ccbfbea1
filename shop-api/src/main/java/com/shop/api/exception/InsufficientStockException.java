package com.shop.api.exception;

import java.io.Serial;

/** There is not enough stock of the goods for the quantity asked. */
public class InsufficientStockException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "STOCK_INSUFFICIENT";

    public InsufficientStockException() {
        super();
    }

    public InsufficientStockException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }
}
