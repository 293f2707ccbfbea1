package com.shop.devstack.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When the platform tries a notification again after an attempt that was not acknowledged: its published intervals
 * (15 s, 15 s, 30 s, 3 min, ... 6 h), multiplied by a scale so a local stack does not wait hours.
 */
final class RetrySchedule {

    static final List<Duration> PLATFORM_INTERVALS = List.of(
            Duration.ofSeconds(15),
            Duration.ofSeconds(15),
            Duration.ofSeconds(30),
            Duration.ofMinutes(3),
            Duration.ofMinutes(10),
            Duration.ofMinutes(20),
            Duration.ofMinutes(30),
            Duration.ofMinutes(30),
            Duration.ofMinutes(30),
            Duration.ofMinutes(60),
            Duration.ofHours(3),
            Duration.ofHours(3),
            Duration.ofHours(3),
            Duration.ofHours(6),
            Duration.ofHours(6));

    private final List<Duration> intervals;
    private final double scale;

    RetrySchedule(double scale) {
        this(PLATFORM_INTERVALS, scale);
    }

    /** Another platform's intervals, on the same scale. */
    RetrySchedule(List<Duration> intervals, double scale) {
        this.intervals = List.copyOf(intervals);
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the notification delay scale must be a positive number, not " + scale);
        }
        this.scale = scale;
    }

    /** The wait before the next attempt, after this many attempts failed; empty once the platform gives up. */
    Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1 || failedAttempts > intervals.size()) {
            return Optional.empty();
        }
        return Optional.of(
                Duration.ofNanos(Math.round(intervals.get(failedAttempts - 1).toNanos() * scale)));
    }
}
