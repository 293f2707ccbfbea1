package com.shop.api.exception;

import java.io.Serial;

/** Another account has that user name already. */
public class UsernameTakenException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "USERNAME_TAKEN";

    public UsernameTakenException() {
        super();
    }

    public UsernameTakenException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }
}
