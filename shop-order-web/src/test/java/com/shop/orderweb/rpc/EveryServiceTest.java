package com.shop.orderweb.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Asking every service at once: the answers in the services' order, and those that gave none named. */
class EveryServiceTest {

    private final CountDownLatch released = new CountDownLatch(1);
    private EveryService<Supplier<String>> every;

    @AfterEach
    void release() {
        released.countDown();
        if (every != null) {
            every.close();
        }
    }

    private EveryService<Supplier<String>> ask(Map<String, Supplier<String>> services, ExecutorService executor) {
        every = new EveryService<>(services, executor, Duration.ofMillis(200));
        return every;
    }

    private String hang() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "too late";
    }

    @Test
    void theAnswersComeInTheServicesOrderWhoeverAnsweredFirst() {
        Map<String, Supplier<String>> services = new LinkedHashMap<>();
        services.put("order", () -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "slow";
        });
        services.put("goods", () -> "quick");

        EveryService.Answers<String> answers =
                ask(services, Executors.newFixedThreadPool(2)).ask("a test", Supplier::get);

        assertThat(answers.answered()).containsExactly(Map.entry("order", "slow"), Map.entry("goods", "quick"));
        assertThat(answers.unavailable()).isEmpty();
    }

    @Test
    void aServiceThatFailsHangsOrAnswersNothingIsUnavailable() {
        Map<String, Supplier<String>> services = new LinkedHashMap<>();
        services.put("order", () -> "placed");
        services.put("coupon", () -> {
            throw new IllegalStateException("No provider available");
        });
        services.put("user", () -> null);
        services.put("pay", this::hang);

        EveryService.Answers<String> answers =
                ask(services, Executors.newFixedThreadPool(4)).ask("a test", Supplier::get);

        assertThat(answers.answered()).containsExactly(Map.entry("order", "placed"));
        assertThat(answers.unavailable()).containsExactly("coupon", "user", "pay");
    }

    @Test
    void theFiveServicesGoByTheirGroupsInTheirOrder() {
        assertThat(EveryService.byGroup("o", "g", "c", "u", "p"))
                .containsExactly(
                        Map.entry("order", "o"),
                        Map.entry("goods", "g"),
                        Map.entry("coupon", "c"),
                        Map.entry("user", "u"),
                        Map.entry("pay", "p"));
    }

    @Test
    void itsThreadsAreDaemonsAndACallBeyondThemAndTheirQueueIsUnavailableAtOnce() throws Exception {
        ExecutorService threads = EveryService.threads("every-service-test", 1, 1);
        every = new EveryService<>(Map.of("goods", () -> "stock"), threads, Duration.ofSeconds(5));
        CompletableFuture<Boolean> daemon = new CompletableFuture<>();
        threads.execute(() -> {
            daemon.complete(Thread.currentThread().isDaemon());
            hang();
        });
        threads.execute(this::hang);
        assertThat(daemon.get(5, TimeUnit.SECONDS)).isTrue();

        long asked = System.nanoTime();
        EveryService.Answers<String> answers = every.ask("a test", Supplier::get);

        assertThat(answers.unavailable()).containsExactly("goods");
        assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(2));
    }
}
