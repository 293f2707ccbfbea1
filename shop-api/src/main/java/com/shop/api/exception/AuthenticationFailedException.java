package com.shop.api.exception;

import java.io.Serial;

/** Unknown user name or wrong password. */
public class AuthenticationFailedException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "AUTHENTICATION_FAILED";

    public AuthenticationFailedException() {
        super();
    }

    public AuthenticationFailedException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNAUTHENTICATED;
    }
}
