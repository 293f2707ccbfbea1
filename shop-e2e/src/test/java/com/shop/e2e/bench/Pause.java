package com.shop.e2e.bench;

/** The wait between two looks at the databases while something settles. */
final class Pause {

    private static final long MILLIS = 500;

    private Pause() {}

    static void briefly() {
        try {
            Thread.sleep(MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the suite to settle", e);
        }
    }
}
