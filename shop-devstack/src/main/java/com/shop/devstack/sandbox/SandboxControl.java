package com.shop.devstack.sandbox;

import com.shop.devstack.ControlJson;
import com.shop.devstack.HttpExchanges;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the real platform has no API for, answered in JSON: the payer scans and pays ({@code POST /sandbox/pay}),
 * notifications are lost or delivered ({@code POST /sandbox/notifications}), and the trades can be looked at
 * ({@code GET /sandbox/trades[/{outTradeNo}]}).
 */
final class SandboxControl implements HttpHandler {

    static final String PREFIX = "/sandbox/";

    private static final Logger log = LoggerFactory.getLogger(SandboxControl.class);
    private static final String JSON = "application/json; charset=UTF-8";
    private static final String TRADES = PREFIX + "trades";

    private final TradeBook trades;
    private final NotificationDelivery notifications;

    SandboxControl(TradeBook trades, NotificationDelivery notifications) {
        this.trades = trades;
        this.notifications = notifications;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(PREFIX + "pay")) {
            if (allowed(exchange, method, "POST")) {
                pay(exchange);
            }
        } else if (path.equals(PREFIX + "notifications")) {
            if (allowed(exchange, method, "POST")) {
                notifications(exchange);
            }
        } else if (path.equals(TRADES)) {
            if (allowed(exchange, method, "GET")) {
                respond(exchange, 200, TradeJson.of(trades.snapshots()));
            }
        } else if (path.startsWith(TRADES + "/")) {
            if (allowed(exchange, method, "GET")) {
                trade(exchange, path.substring(TRADES.length() + 1));
            }
        } else {
            error(exchange, 404, "no such sandbox endpoint: " + path);
        }
    }

    private void pay(HttpExchange exchange) throws IOException {
        Map<String, String> query = HttpExchanges.query(exchange);
        Optional<Trade> found;
        String named;
        if (query.containsKey("code_url")) {
            named = "code_url " + query.get("code_url");
            found = trades.byCodeUrl(query.get("code_url"));
        } else if (query.containsKey("out_trade_no")) {
            named = "out_trade_no " + query.get("out_trade_no");
            found = trades.byOutTradeNo(query.get("out_trade_no"));
        } else {
            error(exchange, 400, "name the trade to pay: ?code_url=... or ?out_trade_no=...");
            return;
        }
        if (found.isEmpty()) {
            error(exchange, 404, "no trade with " + named);
            return;
        }
        Trade trade = found.get();
        boolean force = "true".equalsIgnoreCase(query.get("force"));
        switch (trade.pay(force, Instant.now())) {
            case PAID -> {
                log.info("trade {} paid{}", trade.outTradeNo(), force ? " (forced)" : "");
                notifications.paid(trade);
                respond(exchange, 200, TradeJson.of(trade.snapshot()));
            }
            case ALREADY_PAID -> respond(exchange, 200, TradeJson.of(trade.snapshot()));
            case REFUSED_CLOSED ->
                error(
                        exchange,
                        409,
                        "trade " + trade.outTradeNo()
                                + " is closed; force=true pays it anyway, as when a payment crosses the close");
        }
    }

    private void notifications(HttpExchange exchange) throws IOException {
        String mode = HttpExchanges.query(exchange).getOrDefault("mode", "");
        NotificationMode chosen;
        switch (mode.toLowerCase(Locale.ROOT)) {
            case "drop" -> chosen = NotificationMode.DROP;
            case "deliver" -> chosen = NotificationMode.DELIVER;
            default -> {
                error(exchange, 400, "mode must be drop or deliver, not '" + mode + "'");
                return;
            }
        }
        notifications.mode(chosen);
        respond(exchange, 200, Map.of("mode", chosen.name().toLowerCase(Locale.ROOT)));
    }

    private void trade(HttpExchange exchange, String outTradeNo) throws IOException {
        Optional<Trade> trade = trades.byOutTradeNo(outTradeNo);
        if (trade.isPresent()) {
            respond(exchange, 200, TradeJson.of(trade.get().snapshot()));
        } else {
            error(exchange, 404, "no trade with out_trade_no " + outTradeNo);
        }
    }

    private static boolean allowed(HttpExchange exchange, String method, String expected) throws IOException {
        if (expected.equals(method)) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", expected);
        error(exchange, 405, exchange.getRequestURI().getPath() + " takes " + expected);
        return false;
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        respond(exchange, status, Map.of("error", message));
    }

    private static void respond(HttpExchange exchange, int status, Object json) throws IOException {
        // the web console's page (another origin) presses "pay" here in development; the sandbox holds no credentials
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        HttpExchanges.respond(exchange, status, JSON, ControlJson.write(json));
    }
}
