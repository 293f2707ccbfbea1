package com.shop.e2e.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Shoppers confirming orders, each one unit of one of the eight goods in rotation, 1.00 from the balance, no
 * coupon: the stock step and the balance step both run. Answer 201 is a confirmation.
 */
final class ConfirmLoad {

    /** What each confirmation takes from the balance. */
    static final String MONEY_PAID = "1.00";

    private final Supplier<ShopHttp> http;
    private final BenchData data;

    /** @param http a fresh client per load phase */
    ConfirmLoad(Supplier<ShopHttp> http, BenchData data) {
        this.http = http;
        this.data = data;
    }

    /** {@code clients} shoppers, each confirming its next order as soon as the last one was answered. */
    ScenarioResult closedLoop(int clients, Duration length) {
        ShopHttp client = http.get();
        Measurement measurement = Measurement.timingEveryAnswer();
        long[] sent = new long[clients];
        double seconds = ClosedLoop.run(clients, length, shopper -> {
            long goodsId = data.goods(shopper + sent[shopper]++);
            long start = System.nanoTime();
            Answer answer = client.confirm(data.shopper(shopper), goodsId, MONEY_PAID);
            measurement.record(answer.label(), answer.is(201), System.nanoTime() - start);
        });
        String title =
                clients == 1 ? "confirm, 1 client (closed loop)" : "confirm, " + clients + " clients (closed loop)";
        return measurement.result(title, "confirm ×" + clients, seconds);
    }

    /**
     * Confirmations sent at a fixed rate, request {@code i} by shopper {@code i mod clients} over a client (a pool of
     * connections) of its own, so the load spreads over {@code clients} connections, and more while answers lag.
     */
    ScenarioResult openLoop(double rate, int clients, Duration length) {
        ShopHttp[] connections = new ShopHttp[clients];
        for (int i = 0; i < clients; i++) {
            connections[i] = http.get();
        }
        Measurement measurement = Measurement.timingEveryAnswer();
        OpenLoop loop = OpenLoop.run(
                rate,
                length,
                request -> {
                    int shopper = (int) (request % clients);
                    return connections[shopper].confirmAsync(data.shopper(shopper), data.goods(request), MONEY_PAID);
                },
                answer -> answer.is(201),
                measurement);
        String title = String.format(
                Locale.ROOT,
                "confirm, open loop: target %.1f/s, sent at %.1f/s," + " over %d connections or more",
                loop.targetRate(),
                loop.sentRate(),
                clients);
        return measurement.result(title, "open loop", loop.seconds());
    }
}
