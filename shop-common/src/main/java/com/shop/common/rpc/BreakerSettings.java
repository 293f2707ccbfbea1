package com.shop.common.rpc;

import java.time.Duration;

/**
 * The circuit breaker of one Dubbo resource (an interface, or one of its methods): it opens when, within one
 * {@code window} of at least {@code minCalls} calls, more than {@code slowCallRatio} of them took longer than
 * {@code slowCallMaxRt}, or more than {@code errorRatio} of them failed (timed out, found no provider, or failed
 * unexpectedly; a business refusal is an answer, not a failure). Open, it refuses calls for {@code openFor}, then lets
 * one trial call through: its success closes the breaker, its failure opens it again.
 */
public record BreakerSettings(
        Duration slowCallMaxRt,
        double slowCallRatio,
        double errorRatio,
        int minCalls,
        Duration window,
        Duration openFor) {

    /** These settings with what {@code override} sets instead. */
    BreakerSettings with(RpcResilienceProperties.ResourceSettings override) {
        return new BreakerSettings(
                override.getSlowCallMaxRt() == null ? slowCallMaxRt : override.getSlowCallMaxRt(),
                override.getSlowCallRatio() == null ? slowCallRatio : override.getSlowCallRatio(),
                override.getErrorRatio() == null ? errorRatio : override.getErrorRatio(),
                override.getMinCalls() == null ? minCalls : override.getMinCalls(),
                override.getWindow() == null ? window : override.getWindow(),
                override.getOpenFor() == null ? openFor : override.getOpenFor());
    }

    /** What is wrong with these settings, or {@code null}: Sentinel itself ignores a rule it finds invalid, silently. */
    String problem() {
        if (!within(slowCallMaxRt, Duration.ofMillis(1))) {
            return "slow-call-max-rt must be from 1 ms to " + Integer.MAX_VALUE + " ms";
        }
        if (!ratio(slowCallRatio) || !ratio(errorRatio)) {
            return "slow-call-ratio and error-ratio must be above 0 and at most 1";
        }
        if (minCalls < 1) {
            return "min-calls must be at least 1";
        }
        if (!within(window, Duration.ofMillis(1))) {
            return "window must be from 1 ms to " + Integer.MAX_VALUE + " ms";
        }
        if (!within(openFor, Duration.ofSeconds(1)) || openFor.toMillis() % 1000 != 0) {
            return "open-for must be a whole number of seconds, at least 1 s";
        }
        return null;
    }

    int openForSeconds() {
        return Math.toIntExact(openFor.toSeconds());
    }

    private static boolean within(Duration value, Duration least) {
        return value != null && value.compareTo(least) >= 0 && value.toMillis() <= Integer.MAX_VALUE;
    }

    private static boolean ratio(double value) {
        return value > 0 && value <= 1;
    }
}
