package com.shop.devstack.sandbox;

import com.shop.devstack.ControlJson;
import com.shop.devstack.HttpExchanges;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /sandbox/refunds/outcome?out_trade_no=...&refund_status=SUCCESS|CHANGE|REFUNDCLOSE}: how the trade's
 * next refunds end, so a merchant's handling of a refund the platform could not make can be tried.
 */
final class RefundControl implements HttpHandler {

    static final String PREFIX = PaymentSandbox.CONTROL_PREFIX + "refunds";
    private static final String JSON = "application/json; charset=UTF-8";

    private final TradeBook trades;

    RefundControl(TradeBook trades) {
        this.trades = trades;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(PREFIX + "/outcome")) {
            respond(
                    exchange,
                    404,
                    "no such sandbox endpoint: " + exchange.getRequestURI().getPath());
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            respond(exchange, 405, PREFIX + "/outcome takes POST");
            return;
        }
        Map<String, String> query = HttpExchanges.query(exchange);
        Optional<Trade> trade = trades.byOutTradeNo(query.getOrDefault("out_trade_no", ""));
        if (trade.isEmpty()) {
            respond(exchange, 404, "no trade with out_trade_no " + query.get("out_trade_no"));
            return;
        }
        RefundState outcome;
        try {
            outcome =
                    RefundState.valueOf(query.getOrDefault("refund_status", "").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            respond(exchange, 400, "refund_status must be SUCCESS, CHANGE or REFUNDCLOSE");
            return;
        }
        trade.get().settleRefundsAs(outcome);
        HttpExchanges.respond(exchange, 200, JSON, ControlJson.write(Map.of("refundStatus", outcome.name())));
    }

    private static void respond(HttpExchange exchange, int status, String error) throws IOException {
        HttpExchanges.respond(exchange, status, JSON, ControlJson.write(Map.of("error", error)));
    }
}
