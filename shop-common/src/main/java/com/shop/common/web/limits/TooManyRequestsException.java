package com.shop.common.web.limits;

import com.shop.api.exception.ErrorKind;
import com.shop.api.exception.ShopException;
import java.io.Serial;

/** An endpoint took all the requests it takes this second ({@code shop.resilience.http.*}). */
public class TooManyRequestsException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "TOO_MANY_REQUESTS";

    /** The limit counts requests a second: the next second has room again. */
    private static final long RETRY_AFTER_SECONDS = 1;

    public TooManyRequestsException(String endpoint) {
        super(CODE, "Too many requests to " + endpoint + " right now; try again in " + RETRY_AFTER_SECONDS + " s.");
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.TOO_MANY;
    }

    @Override
    public Long retryAfterSeconds() {
        return RETRY_AFTER_SECONDS;
    }
}
