package com.shop.devstack.sandbox;

import com.shop.devstack.HttpExchanges;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each request to the handler of its exact path, or of the prefix it starts with; anything else is 404. The JDK
 * server's own contexts match by prefix alone, which would answer {@code /pay/unifiedorderX} too.
 */
final class Routes implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(Routes.class);

    private final Map<String, HttpHandler> exact = new LinkedHashMap<>();
    private final Map<String, HttpHandler> prefixes = new LinkedHashMap<>();

    Routes exact(String path, HttpHandler handler) {
        exact.put(path, handler);
        return this;
    }

    Routes under(String prefix, HttpHandler handler) {
        prefixes.put(prefix, handler);
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            HttpHandler handler = handlerOf(exchange.getRequestURI().getPath());
            if (handler == null) {
                HttpExchanges.respondEmpty(exchange, 404);
                return;
            }
            try {
                handler.handle(exchange);
            } catch (RuntimeException e) {
                log.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                // the JDK server would drop the connection without an answer
                if (exchange.getResponseCode() == -1) {
                    HttpExchanges.respondEmpty(exchange, 500);
                }
            }
        } finally {
            exchange.close();
        }
    }

    private HttpHandler handlerOf(String path) {
        HttpHandler handler = exact.get(path);
        if (handler != null) {
            return handler;
        }
        return prefixes.entrySet().stream()
                .filter(prefix -> path.startsWith(prefix.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
