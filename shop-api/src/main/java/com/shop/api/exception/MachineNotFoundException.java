package com.shop.api.exception;

import java.io.Serial;

/** No vending machine with that inner code. */
public class MachineNotFoundException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "MACHINE_NOT_FOUND";

    public MachineNotFoundException() {
        super();
    }

    public MachineNotFoundException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.NOT_FOUND;
    }
}
