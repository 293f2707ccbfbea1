package com.shop.e2e;

import static com.shop.e2e.OrderFlows.PASSWORD;
import static com.shop.e2e.OrderFlows.order;

import com.shop.e2e.support.ShopClient;
import com.shop.e2e.support.ShopClient.Response;
import com.shop.e2e.support.SignedNotification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The load generator: shoppers confirming and paying orders as fast as the suite answers, over HTTP against the suite
 * running as processes; reports throughput and latency, then checks every invariant. Not part of {@code ./mvnw verify}: run
 * it with {@code ./mvnw -B install -DskipTests && ./mvnw -B -pl shop-e2e verify -Pbenchmark}
 * ({@code -Dbench.clients=16 -Dbench.seconds=30 -Dbench.warmup=60}); the applications run with the optimizing JIT as
 * a production JVM does, unless {@code -Dbench.optimizing-jit=false}.
 */
class ShopBenchmark {

    private final int clients = Integer.getInteger("bench.clients", 16);
    private final Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 60));

    @Test
    void confirmOrders() throws Exception {
        ShopStack stack = ShopStack.get();
        List<ShopClient> shoppers = List.of(stack.login("alice", PASSWORD), stack.login("bob", PASSWORD));
        List<Long> goods = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            goods.add(stack.database().newGoods("19.90", 10_000_000));
        }
        StringBuilder report = new StringBuilder("# Confirm and pay benchmark\n\n")
                .append(String.format(Locale.ROOT, "%d clients, %d s measured per scenario after %d s of warm-up per scenario, %d cores, JIT %s%n%n",
                        clients, measured.toSeconds(), warmup.toSeconds(), Runtime.getRuntime().availableProcessors(),
                        Boolean.getBoolean("shop.e2e.optimizing-jit") ? "C1 + C2" : "C1 only"))
                .append("| scenario | done/s | p50 ms | p90 ms | p99 ms | max ms | answers |\n|---|---|---|---|---|---|---|\n");

        ShopClient platform = ShopClient.anonymous(stack.payWebUrl());
        Map<String, Operation> scenarios = new LinkedHashMap<>();
        scenarios.put("confirm: distinct goods, stock + balance", (shopper, client) -> confirm(shopper, goods.get(client)));
        scenarios.put("confirm: one hot goods, stock + balance", (shopper, client) -> confirm(shopper, goods.get(0)));
        scenarios.put("pay: open payment + signed notification",
                (shopper, client) -> pay(shopper, platform, goods.get(client), stack.payWebUrl()));
        // every path is warmed up (classes loaded, the JIT done with it) before any is measured
        for (Operation operation : scenarios.values()) {
            load(shoppers, operation, warmup, null);
        }
        for (Map.Entry<String, Operation> scenario : scenarios.entrySet()) {
            Measurements measurements = new Measurements();
            load(shoppers, scenario.getValue(), measured, measurements);
            report.append(measurements.row(scenario.getKey(), measured));
        }
        report.append("\nA pay operation is `POST /api/payments` for a freshly confirmed order (not measured), then the "
                + "platform's signed notification to `POST /pay/notify/wechat`; answers counts those that succeeded.\n");

        stack.invariantsHold();
        report.append("\nEvery invariant held after the run (stock and balances equal their ledgers, no order or "
                + "outbox row left behind).\n");
        Path file = Path.of("target", "benchmark-report.md");
        Files.writeString(file, report);
        System.out.println(report);
    }

    /** One measured operation of a client: its answer's status (201 or 200 counts as done) and how long it took. */
    private interface Operation {
        Timed run(ShopClient shopper, int client);
    }

    private record Timed(int status, long nanos) {
    }

    private static Timed confirm(ShopClient shopper, long goodsId) {
        long start = System.nanoTime();
        Response answer = shopper.post("/api/orders", order(goodsId, "19.90", 1, null, "0.01"));
        return new Timed(answer.status(), System.nanoTime() - start);
    }

    /** 19.90 + 10.00 shipping - 0.01 balance = 29.89 to pay: 2989 fen in the notification. */
    private static Timed pay(ShopClient shopper, ShopClient platform, long goodsId, String payWebUrl) {
        Response confirmed = shopper.post("/api/orders", order(goodsId, "19.90", 1, null, "0.01"));
        if (confirmed.status() != 201) {
            return new Timed(confirmed.status(), 0);
        }
        long start = System.nanoTime();
        Response payment = shopper.at(payWebUrl).post("/api/payments", Map.of("orderId", confirmed.json().get("orderId").asText()));
        if (payment.status() != 201) {
            return new Timed(payment.status(), System.nanoTime() - start);
        }
        String payId = payment.json().get("payId").asText();
        Response reply = platform.postXml("/pay/notify/wechat",
                SignedNotification.paid(payId, 2989, "4200" + payId).signed());
        boolean accepted = reply.status() == 200 && reply.body().contains("SUCCESS");
        return new Timed(accepted ? 201 : reply.status() == 200 ? 422 : reply.status(), System.nanoTime() - start);
    }

    private void load(List<ShopClient> shoppers, Operation operation, Duration length, Measurements measurements)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + length.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            ShopClient shopper = shoppers.get(client % shoppers.size());
            int index = client;
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    Timed answer = operation.run(shopper, index);
                    if (measurements != null) {
                        measurements.record(answer.status(), answer.nanos());
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
    }

    private static final class Measurements {
        private final List<long[]> chunks = new ArrayList<>();
        private final ThreadLocal<long[]> latencies = ThreadLocal.withInitial(() -> {
            long[] chunk = new long[1_000_000];
            synchronized (chunks) {
                chunks.add(chunk);
            }
            return chunk;
        });
        private final Map<Long, AtomicLong> counts = new ConcurrentHashMap<>();
        private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();

        void record(int status, long nanos) {
            long[] chunk = latencies.get();
            long index = counts.computeIfAbsent(Thread.currentThread().getId(), id -> new AtomicLong()).getAndIncrement();
            if (index < chunk.length) {
                chunk[(int) index] = nanos;
            }
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        }

        String row(String scenario, Duration length) {
            long[] all = chunks.stream().flatMapToLong(chunk -> Arrays.stream(chunk).filter(n -> n > 0)).sorted().toArray();
            long confirmed = statuses.getOrDefault(201, new AtomicLong()).get();
            return String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %.1f | %s |%n", scenario,
                    confirmed / (double) length.toSeconds(), millis(all, 0.50), millis(all, 0.90), millis(all, 0.99),
                    all.length == 0 ? 0 : all[all.length - 1] / 1e6, new TreeMap<>(statuses));
        }

        private static double millis(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return 0;
            }
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
        }
    }
}
