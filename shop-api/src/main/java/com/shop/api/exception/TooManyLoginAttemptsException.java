package com.shop.api.exception;

import java.io.Serial;

/** Too many failed logins for this user name or from this address lately: try again after a while. */
public class TooManyLoginAttemptsException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;
    public static final String CODE = "TOO_MANY_LOGIN_ATTEMPTS";

    private long retryAfterSeconds;

    public TooManyLoginAttemptsException() {
        super();
    }

    public TooManyLoginAttemptsException(long retryAfterSeconds) {
        super(CODE, "Too many failed logins; try again in " + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
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
