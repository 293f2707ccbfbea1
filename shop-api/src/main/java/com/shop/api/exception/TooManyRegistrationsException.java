package com.shop.api.exception;

import java.io.Serial;

/** Too many sign-ups from this address lately: try again after a while. */
public class TooManyRegistrationsException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "TOO_MANY_REGISTRATIONS";

    private Long retryAfterSeconds;

    public TooManyRegistrationsException() {
        super();
    }

    public TooManyRegistrationsException(String message) {
        super(CODE, message);
    }

    public static TooManyRegistrationsException retryAfter(long seconds) {
        TooManyRegistrationsException refusal = new TooManyRegistrationsException(
                "Too many sign-ups from this address; try again in " + seconds + " s.");
        refusal.retryAfterSeconds = seconds;
        return refusal;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.TOO_MANY;
    }

    @Override
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
