package com.shop.e2e.bench;

import com.shop.e2e.support.ShopDatabase;
import com.shop.e2e.support.SignedNotification;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Shoppers paying orders: each operation confirms an order (not measured), opens its payment on pay-web and posts
 * the payment platform's signed notification of it. Measured: the operation (open payment + notification), and, read
 * back afterwards, the time from just before each notification was sent until the order service marked the order paid.
 */
final class PayLoad {

    /** 19.90 + 10.00 shipping - 1.00 from the balance = 28.90 to pay, in fen as the platform notifies it. */
    static final long PAY_FEN = 2890;

    static final String PAID = "200 SUCCESS";
    static final double GOAL_P99_MILLIS = 100;
    /** How long the last notified orders may take to be marked paid. */
    private static final Duration SETTLING = Duration.ofSeconds(60);

    private static final String PAID_AT = "SELECT order_id, " + String.format(DatabaseTimes.EPOCH_MILLIS, "update_time")
            + " FROM trade_order WHERE pay_status = 2 AND order_id IN (%s)";

    private final Supplier<ShopHttp> http;
    private final BenchData data;
    private final ShopDatabase database;

    PayLoad(Supplier<ShopHttp> http, BenchData data, ShopDatabase database) {
        this.http = http;
        this.data = data;
        this.database = database;
    }

    /** What a measured run produced: the operations, and when each accepted notification was sent (by order id). */
    record Run(ScenarioResult operations, Map<String, Long> notifiedAt) {}

    Run run(int clients, Duration length) {
        ShopHttp client = http.get();
        Measurement measurement = Measurement.timingEveryAnswer();
        Map<String, Long> notifiedAt = new ConcurrentHashMap<>();
        long[] sent = new long[clients];
        double seconds = ClosedLoop.run(
                clients,
                length,
                shopper -> pay(client, shopper, data.goods(shopper + sent[shopper]++), measurement, notifiedAt));
        return new Run(
                measurement.result("pay: open payment + signed notification, " + clients + " clients", "pay", seconds),
                notifiedAt);
    }

    private void pay(
            ShopHttp client, int shopper, long goodsId, Measurement measurement, Map<String, Long> notifiedAt) {
        String token = data.shopper(shopper);
        Answer confirmed = client.confirm(token, goodsId, ConfirmLoad.MONEY_PAID);
        if (!confirmed.is(201)) {
            measurement.count("confirm " + confirmed.label());
            return;
        }
        String orderId = confirmed.field("orderId");
        long start = System.nanoTime();
        Answer payment = client.openPayment(token, orderId);
        if (!payment.is(201)) {
            measurement.record("payment " + payment.label(), false, System.nanoTime() - start);
            return;
        }
        String payId = payment.field("payId");
        String notification =
                SignedNotification.paid(payId, PAY_FEN, "4200" + payId).signed();
        long sentAt = System.currentTimeMillis();
        Answer reply = client.notifyPlatform(notification);
        boolean accepted = reply.is(200) && reply.body().contains("SUCCESS");
        measurement.record(
                accepted ? PAID : "notification " + reply.label() + (reply.is(200) ? " FAIL" : ""),
                accepted,
                System.nanoTime() - start);
        if (accepted) {
            notifiedAt.put(orderId, sentAt);
        }
    }

    /**
     * From each accepted notification to the order marked paid: {@code update_time} of the order (the database's
     * clock, written with the paid mark), once every order is paid or {@link #SETTLING} has passed.
     */
    DelayResult callbackToPaid(Map<String, Long> notifiedAt) {
        Map<Long, Long> sent = notifiedAt.entrySet().stream()
                .collect(Collectors.toMap(entry -> Long.parseLong(entry.getKey()), Map.Entry::getValue));
        long deadline = System.nanoTime() + SETTLING.toNanos();
        Map<String, Long> paidAt = DatabaseTimes.byKey(database, "shop_order", PAID_AT, sent.keySet());
        while (paidAt.size() < sent.size() && System.nanoTime() < deadline) {
            Pause.briefly();
            paidAt = DatabaseTimes.byKey(database, "shop_order", PAID_AT, sent.keySet());
        }
        LatencyRecorder delays = new LatencyRecorder();
        paidAt.forEach((orderId, paid) -> delays.recordMillis(paid - notifiedAt.get(orderId)));
        return new DelayResult("callback → order paid", "callback→paid", sent.size(), delays.merged(), GOAL_P99_MILLIS);
    }
}
