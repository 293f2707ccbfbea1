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
}
