package com.shop.common.web.security;

import com.shop.pojo.user.UserRole;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Issues HS256 bearer tokens naming a user and the user's role. */
public class JwtTokenIssuer {

    static final String NAME_CLAIM = "name";
    static final String ROLE_CLAIM = "role";

    private final JwtEncoder encoder;
    private final JwtProperties properties;
    private final Clock clock;

    public JwtTokenIssuer(JwtEncoder encoder, JwtProperties properties, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    /** A shopper's token: the least a token can allow. */
    public IssuedToken issue(long userId, String userName) {
        return issue(userId, userName, UserRole.SHOPPER);
    }

    public IssuedToken issue(long userId, String userName, UserRole role) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.getJwtLifetime());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.getJwtIssuer())
                .subject(Long.toString(userId))
                .claim(NAME_CLAIM, userName)
                .claim(ROLE_CLAIM, role.name())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(token, expiresAt);
    }

    public record IssuedToken(String value, Instant expiresAt) {}
}
