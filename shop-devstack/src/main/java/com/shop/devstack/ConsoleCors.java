package com.shop.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Lets the web console's page (order-web's origin) call the devstack's control endpoints from the browser: a request
 * from one of the console's origins is answered with that origin in {@code Access-Control-Allow-Origin}, a preflight
 * ({@code OPTIONS}) with the methods and the header the console sends. A request from any other origin is refused
 * with 403 before it reaches the endpoint: a plain POST needs no preflight, so withholding the header alone would let
 * another site's page pay a trade or jam a machine without reading the answer. Requests without an origin (curl,
 * tests) are answered as before.
 */
public final class ConsoleCors {

    static final String ALLOWED_METHODS = "GET, POST";
    static final String ALLOWED_HEADERS = "Content-Type";

    private final Set<String> origins;

    private ConsoleCors(Collection<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /** The console's origins, such as {@code http://127.0.0.1:8080}, each exactly as a browser sends it. */
    public static ConsoleCors allowing(Collection<String> origins) {
        return new ConsoleCors(origins);
    }

    /** The origins of a comma-separated list, as {@code SHOP_CONSOLE_ORIGINS} holds them. */
    public static ConsoleCors allowing(String commaSeparatedOrigins) {
        return allowing(Arrays.stream(commaSeparatedOrigins.split(","))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .toList());
    }

    /** No console: no origin may read the answers (a platform started outside the devstack). */
    public static ConsoleCors none() {
        return new ConsoleCors(Set.of());
    }

    public Set<String> origins() {
        return origins;
    }

    /** {@code handler} with the console's CORS headers on every answer, and preflights answered before it. */
    public HttpHandler around(HttpHandler handler) {
        return exchange -> {
            // the answer depends on the origin: a cache must not hand one origin's answer to another
            exchange.getResponseHeaders().add("Vary", "Origin");
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (origin != null && !origins.contains(origin)) {
                refuse(exchange, origin);
                return;
            }
            if (origin != null) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
            }
            if ("OPTIONS".equals(exchange.getRequestMethod())) {
                preflight(exchange);
            } else {
                handler.handle(exchange);
            }
        };
    }

    private static void refuse(HttpExchange exchange, String origin) throws IOException {
        try {
            HttpExchanges.respond(
                    exchange,
                    403,
                    "application/json; charset=UTF-8",
                    ControlJson.write(Map.of("error", "pages of " + origin + " may not call the devstack's tools")));
        } finally {
            exchange.close();
        }
    }

    private static void preflight(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Access-Control-Allow-Methods", ALLOWED_METHODS);
        exchange.getResponseHeaders().set("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        HttpExchanges.respondEmpty(exchange, 204);
    }
}
