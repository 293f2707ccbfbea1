package com.shop.infra;

import java.util.function.Supplier;

/**
 * Something a test JVM starts once and shares, such as its infrastructure: started by the first caller, and a failed
 * start rethrown to every later caller instead of being tried again by each test class.
 */
public final class OncePerJvm<T> {

    private final String name;
    private final Supplier<T> start;
    private T started;
    private RuntimeException failure;

    /** @param name what is started, for the message of a later caller */
    public OncePerJvm(String name, Supplier<T> start) {
        this.name = name;
        this.start = start;
    }

    public synchronized T get() {
        if (failure != null) {
            throw new IllegalStateException(name + " failed to start earlier in this JVM", failure);
        }
        if (started == null) {
            try {
                started = start.get();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return started;
    }
}
