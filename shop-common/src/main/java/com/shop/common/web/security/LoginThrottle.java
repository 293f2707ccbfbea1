package com.shop.common.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.shop.api.exception.TooManyLoginAttemptsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows password guessing down: after a few failed logins within a window, for one user name or from one address,
 * every login of that name or address is refused until the window ends, right password or not (a guesser must not
 * learn that a guess was right). Successful logins count for nothing, and one clears its user name's failures. The
 * counts are this instance's: each instance of the web edge throttles on its own.
 */
public final class LoginThrottle {

    private static final int MAX_KEYS = 100_000;

    private final int failuresPerUser;
    private final int failuresPerAddress;
    private final Duration window;
    private final Clock clock;
    /** By "user:name" or "address:ip": the window of failures open for it. */
    private final Cache<String, Failures> failures;

    public LoginThrottle(int failuresPerUser, int failuresPerAddress, Duration window, Clock clock) {
        this.failuresPerUser = failuresPerUser;
        this.failuresPerAddress = failuresPerAddress;
        this.window = window;
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterWrite(window)
                .build();
    }

    /** @throws TooManyLoginAttemptsException if the name or the address has used up its failures */
    public void check(String userName, String address) {
        Instant now = clock.instant();
        long wait = Math.max(
                retryAfter(userKey(userName), failuresPerUser, now),
                retryAfter(addressKey(address), failuresPerAddress, now));
        if (wait > 0) {
            throw TooManyLoginAttemptsException.retryAfter(wait);
        }
    }

    public void failed(String userName, String address) {
        Instant now = clock.instant();
        count(userKey(userName), now);
        count(addressKey(address), now);
    }

    public void succeeded(String userName) {
        failures.invalidate(userKey(userName));
    }

    private long retryAfter(String key, int allowed, Instant now) {
        Failures counted = failures.getIfPresent(key);
        if (counted == null || counted.count() < allowed || counted.endsBy(window, now)) {
            return 0;
        }
        return Math.max(1, Duration.between(now, counted.since().plus(window)).toSeconds() + 1);
    }

    private void count(String key, Instant now) {
        failures.asMap()
                .compute(
                        key,
                        (ignored, counted) -> counted == null || counted.endsBy(window, now)
                                ? new Failures(now, 1)
                                : new Failures(counted.since(), counted.count() + 1));
    }

    private static String userKey(String userName) {
        return "user:" + userName.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(Instant since, int count) {

        boolean endsBy(Duration window, Instant now) {
            return !now.isBefore(since.plus(window));
        }
    }
}
