package com.shop.api.exception;

import java.io.Serial;

/** No user with that id. */
public class UserNotFoundException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "USER_NOT_FOUND";

    public UserNotFoundException() {
        super();
    }

    public UserNotFoundException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.NOT_FOUND;
    }
}
