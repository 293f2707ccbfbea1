package com.shop.api.exception;

import java.io.Serial;

/** A service the request needs could not be reached or did not answer in time. */
public class ServiceUnavailableException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "SERVICE_UNAVAILABLE";

    public ServiceUnavailableException() {
        super();
    }

    public ServiceUnavailableException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNAVAILABLE;
    }
}
