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
 * What a real platform has no API for, answered in JSON under a platform's prefix: the payer scans and pays
 * ({@code POST pay?<code>=...} or {@code ?out_trade_no=...}, {@code &force=true} for a closed trade), notifications are
 * lost or delivered ({@code POST notifications?mode=drop|deliver}), and the trades can be looked at
 * ({@code GET trades[/{outTradeNo}]}). The web console's page presses "pay" here: {@link PaymentSandbox} lets its
 * origin in ({@link com.shop.devstack.ConsoleCors}).
 */
final class SandboxControl<T extends PayableTrade> implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(SandboxControl.class);
    private static final String JSON = "application/json; charset=UTF-8";

    private final String prefix;
    private final String tradesPath;
    private final PayableTrades<T> trades;
    private final RetryingDelivery<T> notifications;
    private final NotificationSwitch notificationSwitch;

    /** @param prefix where the endpoints are served, ending in {@code /} */
    SandboxControl(
            String prefix,
            PayableTrades<T> trades,
            RetryingDelivery<T> notifications,
            NotificationSwitch notificationSwitch) {
        this.prefix = prefix;
        this.tradesPath = prefix + "trades";
        this.trades = trades;
        this.notifications = notifications;
        this.notificationSwitch = notificationSwitch;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(prefix + "pay")) {
            if (allowed(exchange, method, "POST")) {
                pay(exchange);
            }
        } else if (path.equals(prefix + "notifications")) {
            if (allowed(exchange, method, "POST")) {
                notifications(exchange);
            }
        } else if (path.equals(tradesPath)) {
            if (allowed(exchange, method, "GET")) {
                respond(exchange, 200, trades.json());
            }
        } else if (path.startsWith(tradesPath + "/")) {
            if (allowed(exchange, method, "GET")) {
                trade(exchange, path.substring(tradesPath.length() + 1));
            }
        } else {
            error(exchange, 404, "no such sandbox endpoint: " + path);
        }
    }

    private void pay(HttpExchange exchange) throws IOException {
        Map<String, String> query = HttpExchanges.query(exchange);
        String code = trades.codeParameter();
        Optional<T> found;
        String named;
        if (query.containsKey(code)) {
            named = code + " " + query.get(code);
            found = trades.byCode(query.get(code));
        } else if (query.containsKey("out_trade_no")) {
            named = "out_trade_no " + query.get("out_trade_no");
            found = trades.byOutTradeNo(query.get("out_trade_no"));
        } else {
            error(exchange, 400, "name the trade to pay: ?" + code + "=... or ?out_trade_no=...");
            return;
        }
        if (found.isEmpty()) {
            error(exchange, 404, "no trade with " + named);
            return;
        }
        T trade = found.get();
        boolean force = "true".equalsIgnoreCase(query.get("force"));
        switch (trade.pay(force, Instant.now())) {
            case PAID -> {
                log.info("trade {} paid{} ({})", trade.outTradeNo(), force ? " (forced)" : "", prefix);
                notifications.deliver(trade);
                respond(exchange, 200, trade.json());
            }
            case ALREADY_PAID -> respond(exchange, 200, trade.json());
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
        notificationSwitch.set(chosen);
        respond(exchange, 200, Map.of("mode", chosen.name().toLowerCase(Locale.ROOT)));
    }

    private void trade(HttpExchange exchange, String outTradeNo) throws IOException {
        Optional<T> trade = trades.byOutTradeNo(outTradeNo);
        if (trade.isPresent()) {
            respond(exchange, 200, trade.get().json());
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
        HttpExchanges.respond(exchange, status, JSON, ControlJson.write(json));
    }
}
