package com.shop.common.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.TooManyLoginAttemptsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-06T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(1), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aUserNameIsRefusedAfterItsFailuresUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            throttle.check("bob", "10.0.0." + i);
            throttle.failed("bob", "10.0.0." + i);
        }
        now = now.plusSeconds(20);

        assertThatThrownBy(() -> throttle.check("BOB", "10.0.0.9"))
                .isInstanceOfSatisfying(
                        TooManyLoginAttemptsException.class,
                        refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(41));
        assertThatCode(() -> throttle.check("alice", "10.0.0.9")).doesNotThrowAnyException();

        now = now.plusSeconds(40);
        assertThatCode(() -> throttle.check("bob", "10.0.0.9")).doesNotThrowAnyException();
    }

    @Test
    void anAddressIsRefusedAfterItsFailuresWhateverTheName() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }

        assertThatThrownBy(() -> throttle.check("alice", "10.0.0.1")).isInstanceOf(TooManyLoginAttemptsException.class);
        assertThatCode(() -> throttle.check("alice", "10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void successesNeverCountAndOneClearsItsNamesFailures() {
        throttle.failed("bob", "10.0.0.1");
        throttle.failed("bob", "10.0.0.1");
        throttle.succeeded("bob");
        throttle.failed("bob", "10.0.0.1");
        throttle.failed("bob", "10.0.0.1");

        assertThatCode(() -> throttle.check("bob", "10.0.0.2")).doesNotThrowAnyException();
    }
}
