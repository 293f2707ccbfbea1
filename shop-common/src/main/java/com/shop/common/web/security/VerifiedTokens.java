package com.shop.common.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the bearer tokens it verified, until they expire: a client sends the same token with every request, and
 * checking its signature and claims every time was a tenth of the web edge's work per request. An entry is the whole
 * token string, so any other token, however close, is verified afresh; a remembered token counts only while it has
 * not expired, by this clock and without leeway.
 */
final class VerifiedTokens implements JwtDecoder {

    private static final int MAX_TOKENS = 10_000;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    /** @param lifetime how long the tokens the edge issues live: no token is remembered longer */
    VerifiedTokens(JwtDecoder verifier, Duration lifetime, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .expireAfterWrite(lifetime)
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt remembered = verified.getIfPresent(token);
        if (remembered != null && unexpired(remembered)) {
            return remembered;
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private boolean unexpired(Jwt jwt) {
        return clock.instant().isBefore(jwt.getExpiresAt());
    }
}
