package com.shop.common.web.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Bearer tokens of the web edge. */
@Data
@ConfigurationProperties("shop.security")
public class JwtProperties {

    /** The HS256 key (SHOP_JWT_SECRET), at least 32 bytes; a development key only in development mode. */
    private String jwtSecret;

    private Duration jwtLifetime = Duration.ofHours(2);
    private String jwtIssuer = "shop";
    /** Paths reachable without a token, besides health and the API docs. */
    private List<String> publicPaths = new ArrayList<>();
    /**
     * The addresses (IPs or CIDR ranges) that may read {@code /actuator/prometheus} without a token
     * (SHOP_METRICS_SCRAPERS): loopback unless told otherwise, like the services' own actuator ports. No shopper's
     * token opens it.
     */
    private List<String> metricsScrapers = new ArrayList<>(List.of("127.0.0.0/8", "::1"));
}
