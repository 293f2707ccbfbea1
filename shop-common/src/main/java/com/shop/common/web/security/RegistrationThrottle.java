package com.shop.common.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.shop.api.exception.TooManyRegistrationsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps one address from making accounts in bulk: each sign-up that reaches the user service counts for its address,
 * taken or not (so a taken name cannot be probed without end either), and past {@code perAddress} within a window
 * every sign-up from there is refused until the window ends. The counts are this instance's: each instance of the web
 * edge throttles on its own.
 */
public final class RegistrationThrottle {

    private static final int MAX_KEYS = 100_000;

    private final int perAddress;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Attempts> attempts;

    /** @param perAddress sign-ups one address may try within the window; 0 for no limit */
    public RegistrationThrottle(int perAddress, Duration window, Clock clock) {
        if (perAddress < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(
                    "a sign-up limit is 0 (none) or more per a positive window, was " + perAddress + " per " + window);
        }
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
        this.attempts = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterWrite(window)
                .build();
    }

    /**
     * Counts a sign-up from the address, or refuses it when the address has used up its window.
     *
     * @throws TooManyRegistrationsException with the seconds until the window ends
     */
    public void attempt(String address) {
        if (perAddress == 0) {
            return;
        }
        Instant now = clock.instant();
        Attempts counted = attempts.asMap()
                .compute(
                        address,
                        (ignored, before) ->
                                before == null || before.endsBy(window, now) ? new Attempts(now, 1) : before.plusOne());
        if (counted.count() > perAddress) {
            throw TooManyRegistrationsException.retryAfter(Math.max(
                    1, Duration.between(now, counted.since().plus(window)).toSeconds() + 1));
        }
    }

    private record Attempts(Instant since, int count) {

        Attempts plusOne() {
            return new Attempts(since, count + 1);
        }

        boolean endsBy(Duration window, Instant now) {
            return !now.isBefore(since.plus(window));
        }
    }
}
