package com.shop.common.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.shop.pojo.user.UserRole;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class TokenRolesTest {

    private static final SecretKeySpec KEY =
            new SecretKeySpec("a-test-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8), "HmacSHA256");

    private final TokenRoles roles = new TokenRoles();

    @Test
    void anOperatorsTokenGrantsTheOperatorRole() {
        Jwt jwt = decode(issuer().issue(3, "admin", UserRole.OPERATOR).value());

        assertThat(jwt.getClaimAsString("role")).isEqualTo("OPERATOR");
        assertThat(authorities(jwt)).containsExactly("ROLE_OPERATOR");
        assertThat(TokenRoles.roleOf(jwt)).isEqualTo(UserRole.OPERATOR);
    }

    @Test
    void aShoppersTokenGrantsOnlyTheShopperRole() {
        Jwt explicit = decode(issuer().issue(1, "alice", UserRole.SHOPPER).value());
        Jwt byDefault = decode(issuer().issue(1, "alice").value());

        assertThat(authorities(explicit)).containsExactly("ROLE_SHOPPER");
        assertThat(authorities(byDefault)).containsExactly("ROLE_SHOPPER");
    }

    @Test
    void aTokenWithoutARoleOrWithAnUnknownOneIsAShoppers() {
        assertThat(authorities(jwt(null))).containsExactly("ROLE_SHOPPER");
        assertThat(authorities(jwt("ROOT"))).containsExactly("ROLE_SHOPPER");
        assertThat(authorities(jwt("operator"))).containsExactly("ROLE_SHOPPER");
    }

    @Test
    void theAuthenticationNamesTheTokensUser() {
        assertThat(roles.convert(jwt("OPERATOR")).getName()).isEqualTo("7");
    }

    private List<String> authorities(Jwt jwt) {
        return roles.convert(jwt).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }

    private static Jwt jwt(String role) {
        Jwt.Builder builder = Jwt.withTokenValue("t")
                .header("alg", "HS256")
                .subject("7")
                .expiresAt(Instant.now().plus(Duration.ofHours(1)));
        if (role != null) {
            builder.claim("role", role);
        }
        return builder.build();
    }

    private static JwtTokenIssuer issuer() {
        JwtProperties properties = new JwtProperties();
        properties.setJwtIssuer("shop");
        return new JwtTokenIssuer(new NimbusJwtEncoder(new ImmutableSecret<>(KEY)), properties, Clock.systemUTC());
    }

    private static Jwt decode(String token) {
        return NimbusJwtDecoder.withSecretKey(KEY)
                .macAlgorithm(MacAlgorithm.HS256)
                .build()
                .decode(token);
    }
}
