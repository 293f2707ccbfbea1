package com.shop.api.exception;

import java.io.Serial;

/** Too many failed logins for this user name or from this address lately: try again after a while. */
public class TooManyLoginAttemptsException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "TOO_MANY_LOGIN_ATTEMPTS";

    private Long retryAfterSeconds;

    public TooManyLoginAttemptsException() {
        super();
    }

    public TooManyLoginAttemptsException(String message) {
        super(CODE, message);
    }

    public static TooManyLoginAttemptsException retryAfter(long seconds) {
        TooManyLoginAttemptsException refusal =
                new TooManyLoginAttemptsException("Too many failed logins; try again in " + seconds + " s.");
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
