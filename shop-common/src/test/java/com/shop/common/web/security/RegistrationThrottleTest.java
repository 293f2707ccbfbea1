package com.shop.common.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.TooManyRegistrationsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegistrationThrottleTest {

    private Instant now = Instant.parse("2026-12-06T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void anAddressIsRefusedPastItsSignUpsUntilTheWindowEnds() {
        RegistrationThrottle throttle = new RegistrationThrottle(3, Duration.ofHours(1), clock);
        for (int i = 0; i < 3; i++) {
            throttle.attempt("10.0.0.1");
        }
        now = now.plusSeconds(600);

        assertThatThrownBy(() -> throttle.attempt("10.0.0.1"))
                .isInstanceOfSatisfying(TooManyRegistrationsException.class, refused -> {
                    assertThat(refused.retryAfterSeconds()).isEqualTo(3001);
                    assertThat(refused.getCode()).isEqualTo("TOO_MANY_REGISTRATIONS");
                });
        assertThatCode(() -> throttle.attempt("10.0.0.2")).as("another address").doesNotThrowAnyException();

        now = now.plusSeconds(3000);
        assertThatCode(() -> throttle.attempt("10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void zeroMeansNoLimitAndNonsenseIsRefused() {
        RegistrationThrottle unlimited = new RegistrationThrottle(0, Duration.ofHours(1), clock);
        for (int i = 0; i < 100; i++) {
            unlimited.attempt("10.0.0.1");
        }
        assertThatThrownBy(() -> new RegistrationThrottle(-1, Duration.ofHours(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegistrationThrottle(5, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
