package com.shop.order.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Failures a fake is told to produce, per method: before its effect (a refusal, an unreachable provider) or after it
 * (a timeout of a call that did run).
 */
public final class Script {

    private final Map<String, Supplier<RuntimeException>> before = new ConcurrentHashMap<>();
    private final Map<String, Supplier<RuntimeException>> after = new ConcurrentHashMap<>();

    public void failBefore(String method, Supplier<RuntimeException> failure) {
        before.put(method, failure);
    }

    public void failAfter(String method, Supplier<RuntimeException> failure) {
        after.put(method, failure);
    }

    public void beforeEffect(String method) {
        fail(before.get(method));
    }

    public void afterEffect(String method) {
        fail(after.get(method));
    }

    /** A supplier answering null lets that call through. */
    private static void fail(Supplier<RuntimeException> failure) {
        RuntimeException exception = failure == null ? null : failure.get();
        if (exception != null) {
            throw exception;
        }
    }
}
