package com.shop.orderweb.support;

/** A failure a fake is told to throw from every call, until reset: a refusal, an RPC failure or a bug. */
class Failures {

    private volatile RuntimeException failure;

    void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    void throwIfFailing() {
        RuntimeException current = failure;
        if (current != null) {
            throw current;
        }
    }

    void reset() {
        failure = null;
    }
}
