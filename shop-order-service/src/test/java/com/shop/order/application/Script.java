package com.shop.order.application;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Failures a fake is told to produce, per method: before its effect (a refusal, an unreachable provider) or after it (a timeout of a call that did run). */
final class Script {

    private final Map<String, Supplier<RuntimeException>> before = new HashMap<>();
    private final Map<String, Supplier<RuntimeException>> after = new HashMap<>();

    void failBefore(String method, Supplier<RuntimeException> failure) {
        before.put(method, failure);
    }

    void failAfter(String method, Supplier<RuntimeException> failure) {
        after.put(method, failure);
    }

    void beforeEffect(String method) {
        fail(before.get(method));
    }

    void afterEffect(String method) {
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
