package com.shop.api.exception;

import java.io.Serial;

/** The coupon does not exist, is not the caller's, or is already used. */
public class CouponUnavailableException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "COUPON_UNAVAILABLE";

    public CouponUnavailableException() {
        super();
    }

    public CouponUnavailableException(String message) {
        super(CODE, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }
}
