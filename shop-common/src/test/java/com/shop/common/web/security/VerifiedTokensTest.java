package com.shop.common.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-12-06T10:00:00Z");

    private Instant now = ISSUED;
    private final List<String> verifications = new ArrayList<>();
    private final JwtDecoder verifier = token -> {
        verifications.add(token);
        if (token.startsWith("bad") || !now.isBefore(ISSUED.plus(Duration.ofHours(2)))) {
            throw new BadJwtException("refused " + token);
        }
        return Jwt.withTokenValue(token)
                .header("alg", "HS256")
                .subject("7")
                .issuedAt(ISSUED)
                .expiresAt(token.startsWith("forever") ? null : ISSUED.plus(Duration.ofHours(2)))
                .build();
    };
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, Duration.ofHours(2), clock());

    @Test
    void aTokenIsVerifiedOnceWhileItLives() {
        assertThat(tokens.decode("good").getSubject()).isEqualTo("7");
        now = now.plus(Duration.ofMinutes(119));
        assertThat(tokens.decode("good").getSubject()).isEqualTo("7");

        assertThat(verifications).containsExactly("good");
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndRefused() {
        tokens.decode("good");
        now = ISSUED.plus(Duration.ofHours(2));

        assertThatThrownBy(() -> tokens.decode("good")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).containsExactly("good", "good");
    }

    @Test
    void refusedTokensAndTokensWithoutExpiryAreNeverRemembered() {
        assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);
        tokens.decode("forever");
        tokens.decode("forever");

        assertThat(verifications).containsExactly("bad", "bad", "forever", "forever");
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
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
    }
}
