package com.shop.e2e.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Clients that each send their next request as soon as the last one was answered (a closed loop), for a time or until
 * told to stop. Each client is a thread of its own; the operation records what it measures itself.
 */
final class ClosedLoop {

    private ClosedLoop() {}

    /** Runs {@code operation(client)} over and over on each client for {@code length}; returns the seconds it ran. */
    static double run(int clients, Duration length, IntConsumer operation) {
        long end = System.nanoTime() + length.toNanos();
        return run(clients, () -> System.nanoTime() >= end, operation);
    }

    /**
     * Runs {@code operation(client)} over and over on each client until {@code stop} says so; returns the seconds it
     * ran.
     */
    static double run(int clients, BooleanSupplier stop, IntConsumer operation) {
        AtomicInteger names = new AtomicInteger();
        // named so the load generator's threads can be told from the broker's in a profile of this JVM
        ExecutorService pool = Executors.newFixedThreadPool(
                clients, task -> new Thread(task, "bench-client-" + names.incrementAndGet()));
        long begin = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int index = client;
                running.add(pool.submit(() -> {
                    while (!stop.getAsBoolean()) {
                        operation.accept(index);
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            return (System.nanoTime() - begin) / 1e9;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the clients ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
