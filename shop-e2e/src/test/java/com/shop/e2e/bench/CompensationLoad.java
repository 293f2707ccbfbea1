package com.shop.e2e.bench;

import com.shop.e2e.support.ShopDatabase;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Refused orders and their compensation: shoppers with 0.50 on their balance confirm orders asking 1.00 of it, at a
 * modest fixed rate (open loop). The stock step takes a unit, the balance step refuses ({@link #REFUSAL}, with the
 * order id), and the order's {@code OrderCancelled} makes every participant undo its part. Measured, read back
 * afterwards: from each refusal's answer to the last participant's undo, the {@code consumer_timestamp} of its consumer
 * log row (the database's clock).
 */
final class CompensationLoad {

    static final double RATE = 20;
    static final String REFUSAL = "409 BALANCE_INSUFFICIENT";
    static final double GOAL_P99_MILLIS = 1_000;
    /** The consumer groups of {@code OrderCancelled} with their database: each undoes one part of an order. */
    static final List<Participant> PARTICIPANTS = List.of(
            new Participant("shop_goods", "goods-order-cancelled"),
            new Participant("shop_coupon", "coupon-order-cancelled"),
            new Participant("shop_user", "user-order-cancelled"),
            new Participant("shop_user", "user-order-cancelled-points"),
            new Participant("shop_pay", "pay-order-cancelled"));

    /** A consumer group of {@code OrderCancelled} and the database its consumer log is in. */
    record Participant(String database, String group) {}

    private static final Duration SETTLING = Duration.ofSeconds(60);
    private static final String UNDONE_AT = "SELECT msg_key, "
            + String.format(DatabaseTimes.EPOCH_MILLIS, "consumer_timestamp") + " FROM trade_mq_consumer_log"
            + " WHERE group_name = ? AND msg_tag = 'OrderCancelled' AND consumer_status = 1 AND msg_key IN (%s)";
    private static final String GIVEN_BACK = "SELECT COUNT(DISTINCT order_id) FROM trade_goods_number_log"
            + " WHERE phase = 'UNDO' AND order_id IN (%s)";

    private final Supplier<ShopHttp> http;
    private final BenchData data;
    private final ShopDatabase database;

    CompensationLoad(Supplier<ShopHttp> http, BenchData data, ShopDatabase database) {
        this.http = http;
        this.data = data;
        this.database = database;
    }

    CompensationResult run(Duration length) {
        ShopHttp client = http.get();
        Measurement measurement = Measurement.timingEveryAnswer();
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        OpenLoop loop = OpenLoop.run(
                RATE,
                length,
                request -> client.confirmAsync(data.poorShopper(request), data.goods(request), ConfirmLoad.MONEY_PAID)
                        .thenApply(answer -> {
                            if (answer.label().equals(REFUSAL)) {
                                answeredAt.put(answer.field("orderId"), System.currentTimeMillis());
                            }
                            return answer;
                        }),
                answer -> answer.label().equals(REFUSAL),
                measurement);
        ScenarioResult refusals = measurement.result(
                String.format(Locale.ROOT, "compensation: refused confirmations at %.0f/s (open loop)", RATE),
                "refusals",
                loop.seconds());
        return new CompensationResult(refusals, lastUndo(answeredAt), answeredAt.size(), unitsGivenBack(answeredAt));
    }

    /** Warms the path up: the same refusals, nothing read back. */
    void warmUp(Duration length) {
        ShopHttp client = http.get();
        OpenLoop.run(
                RATE,
                length,
                request -> client.confirmAsync(data.poorShopper(request), data.goods(request), ConfirmLoad.MONEY_PAID),
                answer -> answer.label().equals(REFUSAL),
                Measurement.timingEveryAnswer());
    }

    /** From each refusal's answer to the last of the undos, once all are there or {@link #SETTLING} has passed. */
    private DelayResult lastUndo(Map<String, Long> answeredAt) {
        long deadline = System.nanoTime() + SETTLING.toNanos();
        Map<String, Long> undone = undone(answeredAt);
        while (undone.size() < answeredAt.size() && System.nanoTime() < deadline) {
            Pause.briefly();
            undone = undone(answeredAt);
        }
        LatencyRecorder delays = new LatencyRecorder();
        undone.forEach((orderId, last) -> delays.recordMillis(last - answeredAt.get(orderId)));
        return new DelayResult(
                "refusal answered → last participant's undo",
                "refusal→undo",
                answeredAt.size(),
                delays.merged(),
                GOAL_P99_MILLIS);
    }

    /** The time of the last undo of each order every participant has undone. */
    private Map<String, Long> undone(Map<String, Long> answeredAt) {
        Map<String, Long> last = new HashMap<>();
        Map<String, Integer> participants = new HashMap<>();
        PARTICIPANTS.forEach(participant -> DatabaseTimes.byKey(
                        database, participant.database(), UNDONE_AT, answeredAt.keySet(), participant.group())
                .forEach((orderId, at) -> {
                    last.merge(orderId, at, Math::max);
                    participants.merge(orderId, 1, Integer::sum);
                }));
        last.keySet()
                .retainAll(participants.entrySet().stream()
                        .filter(entry -> entry.getValue() == PARTICIPANTS.size())
                        .map(Map.Entry::getKey)
                        .toList());
        return last;
    }

    private long unitsGivenBack(Map<String, Long> answeredAt) {
        List<Long> orderIds = answeredAt.keySet().stream().map(Long::parseLong).toList();
        return DatabaseTimes.count(database, "shop_goods", GIVEN_BACK, orderIds);
    }
}
