package com.shop.e2e.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * Requests sent at a fixed rate whatever the answers do (an open loop), asynchronously: one thread sends request
 * {@code i} when the {@link OpenLoopSchedule} says it is due, and its answer is recorded, with its latency counted from
 * the intended start, when it arrives. Requests never wait for earlier answers, so slow answers mean more requests in
 * flight, on more connections.
 */
final class OpenLoop {

    /** How long the answers still in flight after the last request may take. */
    private static final Duration DRAIN = Duration.ofSeconds(60);

    private final OpenLoopSchedule schedule;
    private final AtomicLong lastAnswer = new AtomicLong();
    private long firstSent;
    private long lastSent;

    private OpenLoop(OpenLoopSchedule schedule) {
        this.schedule = schedule;
    }

    /**
     * Sends {@code send(i)} for every request of a schedule starting now and waits for the answers.
     *
     * @param done which answers count as done
     */
    static OpenLoop run(
            double ratePerSecond,
            Duration length,
            LongFunction<CompletableFuture<Answer>> send,
            Predicate<Answer> done,
            Measurement measurement) {
        OpenLoop loop = new OpenLoop(OpenLoopSchedule.of(System.nanoTime(), ratePerSecond, length));
        loop.sendAll(send, done, measurement);
        return loop;
    }

    private void sendAll(
            LongFunction<CompletableFuture<Answer>> send, Predicate<Answer> done, Measurement measurement) {
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (long request = 0; request < schedule.count(); request++) {
            long intended = schedule.intendedStart(request);
            waitUntil(intended);
            inFlight.add(send.apply(request).thenAccept(answer -> {
                long answered = System.nanoTime();
                lastAnswer.accumulateAndGet(answered, Math::max);
                measurement.record(answer.label(), done.test(answer), answered - intended);
            }));
            lastSent = System.nanoTime();
            if (request == 0) {
                firstSent = lastSent;
            }
        }
        awaitAll(inFlight);
    }

    private static void waitUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private static void awaitAll(List<CompletableFuture<?>> inFlight) {
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                    .get(DRAIN.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the answers arrived", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "the open loop's answers did not all arrive within " + DRAIN.toSeconds() + " s", e);
        }
    }

    double targetRate() {
        return schedule.ratePerSecond();
    }

    /** The rate the requests went out at: a sender that fell behind the schedule shows here. */
    double sentRate() {
        return OpenLoopSchedule.achievedRate(schedule.count(), firstSent, lastSent);
    }

    /** The seconds from the first intended start to the last answer. */
    double seconds() {
        return Math.max(0, lastAnswer.get() - schedule.startNanos()) / 1e9;
    }
}
