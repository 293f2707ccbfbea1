package com.shop.api.exception;

import java.io.Serial;

/** No payment with that id belongs to the caller. */
public class PaymentNotFoundException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "PAYMENT_NOT_FOUND";

    public PaymentNotFoundException() {
        super();
    }

    public PaymentNotFoundException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.NOT_FOUND;
    }
}
