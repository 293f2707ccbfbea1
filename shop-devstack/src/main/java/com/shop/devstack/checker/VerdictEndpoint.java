package com.shop.devstack.checker;

import com.shop.check.CheckBounds;
import com.shop.check.CheckFailedException;
import com.shop.check.CheckReport;
import com.shop.devstack.ControlJson;
import com.shop.devstack.HttpExchanges;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /checker/verdict[?quiet=true]}: the invariant checker's verdict on the stack's databases, in JSON
 * ({@link VerdictJson}), under the bounds of {@code ./shop check} (with {@code quiet}, those of {@code --quiet});
 * 503 when the databases cannot be read.
 */
final class VerdictEndpoint implements HttpHandler {

    static final String PATH = CheckerServer.VERDICT_PATH;

    private static final Logger log = LoggerFactory.getLogger(VerdictEndpoint.class);
    private static final String JSON = "application/json; charset=UTF-8";

    private final Verdicts verdicts;

    VerdictEndpoint(Verdicts verdicts) {
        this.verdicts = verdicts;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (RuntimeException e) {
            log.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            // the JDK server would drop the connection without an answer
            if (exchange.getResponseCode() == -1) {
                respond(exchange, 500, VerdictJson.error("the checker failed: " + e));
            }
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!path.equals(PATH)) {
            respond(exchange, 404, VerdictJson.error("no such checker endpoint: " + path));
        } else if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            respond(exchange, 405, VerdictJson.error(PATH + " takes GET"));
        } else {
            verdict(exchange);
        }
    }

    private void verdict(HttpExchange exchange) throws IOException {
        String quiet = HttpExchanges.query(exchange).getOrDefault("quiet", "false");
        if (!quiet.equals("true") && !quiet.equals("false")) {
            respond(exchange, 400, VerdictJson.error("quiet must be true or false, not '" + quiet + "'"));
            return;
        }
        CheckReport report;
        try {
            report = verdicts.verdict(quiet.equals("true") ? CheckBounds.quiet() : CheckBounds.defaults());
        } catch (CheckFailedException e) {
            respond(exchange, 503, VerdictJson.error(describe(e)));
            return;
        }
        respond(exchange, 200, VerdictJson.of(report));
    }

    /** What failed and the database's own words, as {@code ./shop check} says it. */
    private static String describe(CheckFailedException e) {
        return "the checker could not read the databases: " + e.getMessage()
                + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")");
    }

    private static void respond(HttpExchange exchange, int status, Object json) throws IOException {
        HttpExchanges.respond(exchange, status, JSON, ControlJson.write(json));
    }
}
