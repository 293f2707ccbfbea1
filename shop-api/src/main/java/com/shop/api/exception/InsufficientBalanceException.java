package com.shop.api.exception;

import java.io.Serial;

/** The account balance is lower than the amount to spend. */
public class InsufficientBalanceException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "BALANCE_INSUFFICIENT";

    public InsufficientBalanceException() {
        super();
    }

    public InsufficientBalanceException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }
}
