package com.shop.e2e;

import static com.shop.e2e.OrderFlows.PASSWORD;
import static com.shop.e2e.OrderFlows.order;

import com.shop.e2e.support.ShopClient;
import com.shop.e2e.support.ShopClient.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The load generator: shoppers confirming orders as fast as the suite answers, over HTTP against the suite running
 * as processes; reports throughput and latency, then checks every invariant. Not part of {@code ./mvnw verify}: run
 * it with {@code ./mvnw -B install -DskipTests && ./mvnw -B -pl shop-e2e verify -Pbenchmark}
 * ({@code -Dbench.clients=16 -Dbench.seconds=30 -Dbench.warmup=10}).
 */
class ConfirmOrderBenchmark {

    private final int clients = Integer.getInteger("bench.clients", 16);
    private final Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));

    @Test
    void confirmOrders() throws Exception {
        ShopStack stack = ShopStack.get();
        List<ShopClient> shoppers = List.of(stack.login("alice", PASSWORD), stack.login("bob", PASSWORD));
        List<Long> goods = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            goods.add(stack.database().newGoods("19.90", 10_000_000));
        }
        StringBuilder report = new StringBuilder("# Confirm-order benchmark\n\n")
                .append(String.format(Locale.ROOT, "%d clients, %d s measured after %d s warm-up, %d cores%n%n",
                        clients, measured.toSeconds(), warmup.toSeconds(), Runtime.getRuntime().availableProcessors()))
                .append("| scenario | orders/s | p50 ms | p90 ms | p99 ms | max ms | answers |\n|---|---|---|---|---|---|---|\n");

        report.append(run("distinct goods, stock + balance", shoppers, client -> goods.get(client)));
        report.append(run("one hot goods, stock + balance", shoppers, client -> goods.get(0)));

        stack.invariantsHold();
        report.append("\nEvery invariant held after the run (stock and balances equal their ledgers, no order or "
                + "outbox row left behind).\n");
        Path file = Path.of("target", "benchmark-report.md");
        Files.writeString(file, report);
        System.out.println(report);
    }

    private String run(String scenario, List<ShopClient> shoppers, java.util.function.IntFunction<Long> goodsOf)
            throws Exception {
        load(shoppers, goodsOf, warmup, null);
        Measurements measurements = new Measurements();
        load(shoppers, goodsOf, measured, measurements);
        return measurements.row(scenario, measured);
    }

    private void load(List<ShopClient> shoppers, java.util.function.IntFunction<Long> goodsOf, Duration length,
                      Measurements measurements) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + length.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            ShopClient shopper = shoppers.get(client % shoppers.size());
            long goodsId = goodsOf.apply(client);
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    Response answer = shopper.post("/api/orders", order(goodsId, "19.90", 1, null, "0.01"));
                    if (measurements != null) {
                        measurements.record(answer.status(), System.nanoTime() - start);
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
