package com.shop.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A devstack tool's control endpoints in JSON: each answer JSON, each refusal {@code {"error": ...}}, a method not
 * taken a 405 naming the one that is, and a failure of the tool itself a 500 rather than a dropped connection.
 * Subclasses route.
 */
public abstract class JsonControl implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(JsonControl.class);
    private static final String JSON = "application/json; charset=UTF-8";

    private final String tool;

    /** @param tool what the tool is called in its errors: "the simulator", "the checker" */
    protected JsonControl(String tool) {
        this.tool = tool;
    }

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (RuntimeException e) {
            log.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            // the JDK server would drop the connection without an answer
            if (exchange.getResponseCode() == -1) {
                respond(exchange, 500, error(tool + " failed: " + e));
            }
        } finally {
            exchange.close();
        }
    }

    /** Answers the request; the exchange is closed after it. */
    protected abstract void route(HttpExchange exchange) throws IOException;

    protected static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }

    protected static void respond(HttpExchange exchange, int status, Object json) throws IOException {
        HttpExchanges.respond(exchange, status, JSON, ControlJson.write(json));
    }

    /** Whether the request uses {@code expected}; if not, it has been answered 405 with {@code Allow}. */
    protected static boolean allowed(HttpExchange exchange, String expected) throws IOException {
        if (expected.equals(exchange.getRequestMethod())) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", expected);
        respond(exchange, 405, error(exchange.getRequestURI().getPath() + " takes " + expected));
        return false;
    }
}
