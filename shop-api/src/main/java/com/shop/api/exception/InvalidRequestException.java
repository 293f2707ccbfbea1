package com.shop.api.exception;

import java.io.Serial;

/** The request is malformed or a value is out of range. */
public class InvalidRequestException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "INVALID_REQUEST";

    public InvalidRequestException() {
        super();
    }

    public InvalidRequestException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID;
    }
}
