package com.shop.e2e.bench;

import java.time.Duration;

/**
 * When each request of an open loop is due: request {@code i} at {@code start + i / rate}, computed from {@code i}
 * rather than by adding periods, so the schedule never drifts. A request's latency counts from that intended start,
 * not from when it was sent: a stall of the suite (or of the sender) shows as latency of every request due during it
 * instead of silently thinning the load (no coordinated omission).
 *
 * @param startNanos   {@link System#nanoTime()} of request 0
 * @param ratePerSecond requests per second
 * @param count        how many requests the schedule holds
 */
record OpenLoopSchedule(long startNanos, double ratePerSecond, long count) {

    OpenLoopSchedule {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("an open loop needs a positive rate, not " + ratePerSecond);
        }
    }

    /** As many requests as {@code length} holds at the rate, the first at {@code startNanos}. */
    static OpenLoopSchedule of(long startNanos, double ratePerSecond, Duration length) {
        long count = (long) Math.floor(ratePerSecond * length.toNanos() / 1e9);
        return new OpenLoopSchedule(startNanos, ratePerSecond, count);
    }

    long intendedStart(long request) {
        return startNanos + Math.round(request * 1e9 / ratePerSecond);
    }

    /**
     * The rate reached by {@code requests} of which the first went at {@code firstNanos} and the last at
     * {@code lastNanos}: the intervals between them per second, so a sender exactly on schedule reaches the rate.
     */
    static double achievedRate(long requests, long firstNanos, long lastNanos) {
        return requests > 1 && lastNanos > firstNanos ? (requests - 1) / ((lastNanos - firstNanos) / 1e9) : 0;
    }
}
