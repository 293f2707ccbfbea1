package com.shop.common.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a token that never expires or outlives the lifetime this edge gives its tokens: whoever holds the key could
 * otherwise mint a token for ever. Expiry itself is checked by Spring Security's timestamp validator.
 */
final class TokenLifetimeValidator implements OAuth2TokenValidator<Jwt> {

    /** As much as the timestamp validator allows for clocks apart. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final Duration lifetime;
    private final Clock clock;

    TokenLifetimeValidator(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Instant expiresAt = token.getExpiresAt();
        if (expiresAt == null) {
            return refused("The token has no expiry");
        }
        if (expiresAt.isAfter(clock.instant().plus(lifetime).plus(CLOCK_SKEW))) {
            return refused("The token lives longer than " + lifetime);
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult refused(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
