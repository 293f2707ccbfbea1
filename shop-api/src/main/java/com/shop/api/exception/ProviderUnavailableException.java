package com.shop.api.exception;

import java.io.Serial;

/**
 * A call the caller did not make: the circuit breaker in front of the service is open, because the service has lately
 * been failing or slow. Unlike a timeout, whose outcome is unknown, the service never saw the call; try again after
 * {@link #retryAfterSeconds()}, when the breaker lets a trial call through.
 */
public class ProviderUnavailableException extends ShopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final String CODE = "PROVIDER_UNAVAILABLE";

    private String service;
    private Long retryAfterSeconds;

    public ProviderUnavailableException() {
        super();
    }

    public ProviderUnavailableException(String message) {
        super(CODE, message);
    }

    public ProviderUnavailableException(String service, long retryAfterSeconds) {
        super(
                CODE,
                service + " is failing or slow lately and is given a rest; the call was not made. Try again in "
                        + retryAfterSeconds + " s.");
        this.service = service;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The service (its Dubbo interface) whose breaker is open. */
    public String service() {
        return service;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNAVAILABLE;
    }

    @Override
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
