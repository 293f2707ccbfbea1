package com.shop.common.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.shop.common.web.console.ConsoleProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web edge's security: stateless HS256 bearer tokens on {@code /api/**}, the back office ({@value #ADMIN_PATHS})
 * for operators only, health and API docs open, the meters to the scrapers' addresses only, every refusal a problem
 * body. Both web applications share it so they accept the same tokens; a controller mapped under {@code /api/admin/}
 * needs nothing more to demand the operator.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({HttpSecurity.class, NimbusJwtDecoder.class})
@EnableConfigurationProperties({JwtProperties.class, ConsoleProperties.class})
public class WebSecurityAutoConfiguration {

    private static final int MIN_SECRET_BYTES = 32;
    private static final String METRICS = "/actuator/prometheus";

    /** Every path of the back office: only a token with the operator role passes. */
    public static final String ADMIN_PATHS = "/api/admin/**";

    @Bean
    SecurityFilterChain shopSecurityFilterChain(
            HttpSecurity http, JwtProperties properties, ConsoleProperties console, ObjectMapper objectMapper)
            throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint(objectMapper);
        List<String> open = new ArrayList<>(List.of(
                "/actuator/health/**",
                "/actuator/health",
                "/actuator/info",
                "/v3/api-docs/**",
                "/swagger-ui/**",
                "/swagger-ui.html",
                "/error"));
        open.addAll(properties.getPublicPaths());
        open.add(METRICS);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/auth/login")
                        .permitAll()
                        .requestMatchers(METRICS)
                        .access(fromScrapers(properties.getMetricsScrapers()))
                        .requestMatchers(open.toArray(String[]::new))
                        .permitAll()
                        .requestMatchers(ADMIN_PATHS)
                        .hasRole(TokenRoles.OPERATOR_ROLE)
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resource -> resource.bearerTokenResolver(openPathsIgnoreTokens(open))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenRoles()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers.addHeaderWriter(ConsolePagePolicy.headerWriter(console)));
        if (!console.getOrigins().isEmpty()) {
            http.cors(cors -> cors.configurationSource(consoleCors(console.getOrigins())));
        }
        return http.build();
    }

    /**
     * The meters are for the operator's scraper, not for shoppers: only its addresses get them, and a token changes
     * nothing (the path is among the open ones, so a token sent along is not even read).
     */
    private static AuthorizationManager<RequestAuthorizationContext> fromScrapers(List<String> scrapers) {
        List<IpAddressMatcher> addresses =
                scrapers.stream().map(IpAddressMatcher::new).toList();
        return (authentication, context) -> new AuthorizationDecision(addresses.stream()
                .anyMatch(address -> address.matches(context.getRequest().getRemoteAddr())));
    }

    /**
     * The console is served by order-web and calls pay-web, another origin. The token travels in the Authorization
     * header, never in a cookie, so allowing the named origins (no credentials, no wildcard) lets only their pages read
     * the answers, and only with a token the page itself holds.
     */
    private static UrlBasedCorsConfigurationSource consoleCors(List<String> origins) {
        CorsConfiguration allowed = new CorsConfiguration();
        allowed.setAllowedOrigins(origins);
        allowed.setAllowedMethods(List.of("GET", "POST"));
        allowed.setAllowedHeaders(List.of("Authorization", "Content-Type"));
        allowed.setExposedHeaders(List.of("Location"));
        allowed.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", allowed);
        return source;
    }

    /** A stale token a client still sends must not block login, health or the docs. */
    private static BearerTokenResolver openPathsIgnoreTokens(List<String> open) {
        DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        List<RequestMatcher> matchers = new ArrayList<>(List.of(paths.matcher(HttpMethod.POST, "/api/auth/login")));
        open.forEach(path -> matchers.add(paths.matcher(path)));
        RequestMatcher openRequests = new OrRequestMatcher(matchers);
        return request -> openRequests.matches(request) ? null : header.resolve(request);
    }

    /**
     * Spring Security observes every filter of the chain, every authentication and every authorization when an
     * observation registry exists (the actuator brings one): a third of the web edge's time per request, for traces
     * nothing collects. The request itself is still observed as {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    JwtDecoder jwtDecoder(JwtProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(secretKey(properties))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        Clock clock = Clock.systemUTC();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.getJwtIssuer()),
                new TokenLifetimeValidator(properties.getJwtLifetime(), clock)));
        return new VerifiedTokens(decoder, properties.getJwtLifetime(), clock);
    }

    @Bean
    JwtEncoder jwtEncoder(JwtProperties properties) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(secretKey(properties)));
    }

    @Bean
    JwtTokenIssuer jwtTokenIssuer(JwtEncoder jwtEncoder, JwtProperties properties) {
        return new JwtTokenIssuer(jwtEncoder, properties, Clock.systemUTC());
    }

    @Bean
    WebMvcConfigurer currentUserResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }

    private static SecretKey secretKey(JwtProperties properties) {
        if (properties.getJwtSecret() == null) {
            throw new IllegalStateException("shop.security.jwt-secret (SHOP_JWT_SECRET) is not set");
        }
        byte[] secret = properties.getJwtSecret().getBytes(StandardCharsets.UTF_8);
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("shop.security.jwt-secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }
}
