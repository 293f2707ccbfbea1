package com.shop.devstack.sandbox;

import com.shop.devstack.DaemonThreads;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a platform's notifications and, as the platforms do, tries each again on a {@link RetrySchedule} until the
 * merchant acknowledges it. While the sandbox drops notifications an attempt is lost as if the network ate it, with no
 * retry either, so only a query finds what happened. What differs between the platforms' notifications is the
 * {@link Port}.
 *
 * @param <T> what one notification is about
 */
final class RetryingDelivery<T> {

    /** One kind of notification of one platform: how its request is made and how its acknowledgement looks. */
    interface Port<T> {

        /** The request of one attempt, made afresh for each. */
        HttpRequest request(T subject);

        /** Whether the merchant's answer acknowledges the notification, so that it is not sent again. */
        boolean acknowledged(HttpResponse<String> answer);

        /** How the log names the notification, e.g. {@code payment notification of trade 42}. */
        String describe(T subject);

        /** Told after every attempt that reached the merchant or failed on the way. */
        default void attempted(T subject, boolean acknowledged) {}
    }

    private static final Logger log = LoggerFactory.getLogger(RetryingDelivery.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String threadName;
    private final int threads;
    private final Port<T> port;
    private final RetrySchedule schedule;
    private final Supplier<NotificationMode> mode;
    private ScheduledExecutorService scheduler;
    private HttpClient client;

    /**
     * @param threadName the prefix of the delivering threads' names
     * @param threads how many notifications may be on their way at once
     */
    RetryingDelivery(
            String threadName, int threads, Port<T> port, RetrySchedule schedule, Supplier<NotificationMode> mode) {
        this.threadName = threadName;
        this.threads = threads;
        this.port = port;
        this.schedule = schedule;
        this.mode = mode;
    }

    /** A notification's POST, with the timeout every attempt has. */
    static HttpRequest post(String url, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newScheduledThreadPool(threads, DaemonThreads.named(threadName));
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(TIMEOUT)
                    .build();
        }
    }

    /** Stops delivering; notifications still due are dropped. */
    synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
            client = null;
        }
    }

    /** Notifies the merchant at once and then on the retry schedule. */
    void deliver(T subject) {
        schedule(subject, 1, Duration.ZERO);
    }

    private synchronized void schedule(T subject, int attempt, Duration delay) {
        if (scheduler == null) {
            return;
        }
        HttpClient sender = client;
        try {
            scheduler.schedule(() -> attempt(sender, subject, attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            // the sandbox stops: what was due is dropped
        }
    }

    private void attempt(HttpClient sender, T subject, int attempt) {
        if (mode.get() == NotificationMode.DROP) {
            log.info("{}, attempt {}: dropped", port.describe(subject), attempt);
            return;
        }
        HttpRequest request = port.request(subject);
        String outcome;
        boolean acknowledged;
        try {
            HttpResponse<String> answer = sender.send(request, HttpResponse.BodyHandlers.ofString());
            acknowledged = port.acknowledged(answer);
            outcome = "HTTP " + answer.statusCode() + (acknowledged ? ", acknowledged" : ", not acknowledged");
        } catch (IOException | RuntimeException e) {
            acknowledged = false;
            outcome = e.toString();
        } catch (InterruptedException e) {
            // the sandbox stops
            Thread.currentThread().interrupt();
            return;
        }
        port.attempted(subject, acknowledged);
        log.info("{}, attempt {} to {}: {}", port.describe(subject), attempt, request.uri(), outcome);
        if (!acknowledged) {
            retry(subject, attempt);
        }
    }

    private void retry(T subject, int attempt) {
        Optional<Duration> delay = schedule.delayAfter(attempt);
        if (delay.isPresent()) {
            schedule(subject, attempt + 1, delay.get());
        } else {
            log.warn("gave up the {} after {} attempts", port.describe(subject), attempt);
        }
    }
}
