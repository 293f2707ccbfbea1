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
 * What Alipay has no API for, answered in JSON under {@code /alipay/sandbox/}: the buyer scans and pays
 * ({@code POST pay?qr_code=...} or {@code ?out_trade_no=...}, {@code &force=true} for a closed trade), notifications are
 * lost or delivered ({@code POST notifications?mode=drop|deliver}), and the trades can be looked at
 * ({@code GET trades[/{outTradeNo}]}).
 */
final class AlipayControl implements HttpHandler {

    static final String PREFIX = AlipaySandbox.PREFIX + "/sandbox/";

    private static final Logger log = LoggerFactory.getLogger(AlipayControl.class);
    private static final String JSON = "application/json; charset=UTF-8";
    private static final String TRADES = PREFIX + "trades";

    private final AlipayTradeBook trades;
    private final AlipayNotificationDelivery notifications;

    AlipayControl(AlipayTradeBook trades, AlipayNotificationDelivery notifications) {
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
                respond(
                        exchange,
                        200,
                        trades.all().stream().map(AlipayTrade::json).toList());
            }
        } else if (path.startsWith(TRADES + "/")) {
            if (allowed(exchange, method, "GET")) {
                Optional<AlipayTrade> trade = trades.byOutTradeNo(path.substring(TRADES.length() + 1));
                if (trade.isPresent()) {
                    respond(exchange, 200, trade.get().json());
                } else {
                    error(exchange, 404, "no trade " + path.substring(TRADES.length() + 1));
                }
            }
        } else {
            error(exchange, 404, "no such sandbox endpoint: " + path);
        }
    }

    private void pay(HttpExchange exchange) throws IOException {
        Map<String, String> query = HttpExchanges.query(exchange);
        Optional<AlipayTrade> found;
        if (query.containsKey("qr_code")) {
            found = trades.byQrCode(query.get("qr_code"));
        } else if (query.containsKey("out_trade_no")) {
            found = trades.byOutTradeNo(query.get("out_trade_no"));
        } else {
            error(exchange, 400, "name the trade to pay: ?qr_code=... or ?out_trade_no=...");
            return;
        }
        if (found.isEmpty()) {
            error(exchange, 404, "no such trade: " + query);
            return;
        }
        AlipayTrade trade = found.get();
        boolean force = "true".equalsIgnoreCase(query.get("force"));
        switch (trade.pay(force, Instant.now())) {
            case PAID -> {
                log.info("Alipay trade {} paid{}", trade.outTradeNo(), force ? " (forced)" : "");
                notifications.paid(trade);
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
        notifications.mode(chosen);
        respond(exchange, 200, Map.of("mode", chosen.name().toLowerCase(Locale.ROOT)));
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
