package com.shop.api.exception;

import java.io.Serial;

/** A figure the caller sent disagrees with the one the server computed. */
public class PriceMismatchException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "PRICE_MISMATCH";

    public PriceMismatchException() {
        super();
    }

    public PriceMismatchException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }
}
