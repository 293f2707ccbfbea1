package com.shop.api.exception;

import java.io.Serial;

/** The vending machine is dispensing for another order (it is leased to it); try again once it is free. */
public class MachineBusyException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "MACHINE_BUSY";

    public MachineBusyException() {
        super();
    }

    public MachineBusyException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }
}
