package com.shop.devstack.checker;

import com.shop.check.CheckBounds;
import com.shop.check.CheckFailedException;
import com.shop.check.CheckReport;
import com.shop.devstack.HttpExchanges;
import com.shop.devstack.JsonControl;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * {@code GET /checker/verdict[?quiet=true]}: the invariant checker's verdict on the stack's databases, in JSON
 * ({@link VerdictJson}), under the bounds of {@code ./shop check} (with {@code quiet}, those of {@code --quiet});
 * 503 when the databases cannot be read.
 */
final class VerdictEndpoint extends JsonControl {

    static final String PATH = CheckerServer.VERDICT_PATH;

    private final Verdicts verdicts;

    VerdictEndpoint(Verdicts verdicts) {
        super("the checker");
        this.verdicts = verdicts;
    }

    @Override
    protected void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!path.equals(PATH)) {
            respond(exchange, 404, error("no such checker endpoint: " + path));
        } else if (allowed(exchange, "GET")) {
            verdict(exchange);
        }
    }

    private void verdict(HttpExchange exchange) throws IOException {
        String quiet = HttpExchanges.query(exchange).getOrDefault("quiet", "false");
        if (!quiet.equals("true") && !quiet.equals("false")) {
            respond(exchange, 400, error("quiet must be true or false, not '" + quiet + "'"));
            return;
        }
        CheckReport report;
        try {
            report = verdicts.verdict(quiet.equals("true") ? CheckBounds.quiet() : CheckBounds.defaults());
        } catch (CheckFailedException e) {
            respond(exchange, 503, error(describe(e)));
            return;
        }
        respond(exchange, 200, VerdictJson.of(report));
    }

    /** What failed and the database's own words, as {@code ./shop check} says it. */
    private static String describe(CheckFailedException e) {
        return "the checker could not read the databases: " + e.getMessage()
                + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")");
    }
}
