package com.shop.api.exception;

import java.io.Serial;

/**
 * A business refusal. Subclasses live in this jar, so Dubbo passes them to callers unchanged.
 * {@code code} is stable and part of the public API; {@code orderId} names the order the refusal
 * concerns when one was created (for instance an order cancelled by the confirmation saga).
 */
public abstract class ShopException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private String code;
    private Long orderId;

    protected ShopException() {
        super();
    }

    protected ShopException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public Long getOrderId() {
        return orderId;
    }

    /** Names the order this refusal concerns; returns this for chaining. */
    public ShopException withOrderId(Long orderId) {
        this.orderId = orderId;
        return this;
    }

    public abstract ErrorKind kind();

    /** For a refusal of kind {@link ErrorKind#TOO_MANY} or {@link ErrorKind#UNAVAILABLE}: in how many seconds to try
     * again, if known. */
    public Long retryAfterSeconds() {
        return null;
    }

    /** Business refusals are expected outcomes; their stack traces are noise on the wire and in logs. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
