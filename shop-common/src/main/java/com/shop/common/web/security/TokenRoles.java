package com.shop.common.web.security;

import com.shop.pojo.user.UserRole;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads the role a verified token carries ({@value JwtTokenIssuer#ROLE_CLAIM}) and grants it as the authority
 * {@code ROLE_<role>}, which {@code /api/admin/**} demands ({@link #OPERATOR_ROLE}). A token without the claim, or
 * with a role this edge does not know, is a shopper's: the least a token can be.
 */
public final class TokenRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    /** The role {@code hasRole} checks for the back office. */
    public static final String OPERATOR_ROLE = UserRole.OPERATOR.name();

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        UserRole role = roleOf(jwt);
        return new JwtAuthenticationToken(
                jwt, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())), jwt.getSubject());
    }

    static UserRole roleOf(Jwt jwt) {
        String claimed = jwt.getClaimAsString(JwtTokenIssuer.ROLE_CLAIM);
        for (UserRole role : UserRole.values()) {
            if (role.name().equals(claimed)) {
                return role;
            }
        }
        return UserRole.SHOPPER;
    }
}
