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
 * Posts the encrypted notification of a settled refund to the {@code notify_url} its request named and, as the
 * platform does, tries again on the {@link RetrySchedule} until the merchant answers HTTP 200 with
 * {@code return_code} SUCCESS. Dropped, like payment notifications, while the sandbox drops notifications.
 */
final class RefundNotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(RefundNotificationDelivery.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final MerchantAccount merchant;
    private final RetrySchedule schedule;
    private final Supplier<NotificationMode> mode;
    private ScheduledExecutorService scheduler;
    private HttpClient client;

    RefundNotificationDelivery(MerchantAccount merchant, RetrySchedule schedule, Supplier<NotificationMode> mode) {
        this.merchant = merchant;
        this.schedule = schedule;
        this.mode = mode;
    }

    synchronized void start() {
        if (scheduler == null) {
            scheduler =
                    Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("payment-sandbox-refund-notify"));
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(TIMEOUT)
                    .build();
        }
    }

    synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
            client = null;
        }
    }

    /** Notifies the refund's outcome, at once and then on the retry schedule; nothing when it named no URL. */
    void settled(TradeSnapshot trade, Refund refund) {
        if (refund.notifyUrl() != null) {
            schedule(RefundNotification.of(merchant, trade, refund), refund, 1, Duration.ZERO);
        }
    }

    private synchronized void schedule(String body, Refund refund, int attempt, Duration delay) {
        if (scheduler == null) {
            return;
        }
        HttpClient sender = client;
        try {
            scheduler.schedule(() -> attempt(sender, body, refund, attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            // the sandbox stops: what was due is dropped
        }
    }

    private void attempt(HttpClient sender, String body, Refund refund, int attempt) {
        if (mode.get() == NotificationMode.DROP) {
            log.info("refund notification {} of {} dropped", attempt, refund.outRefundNo());
            return;
        }
        String outcome;
        boolean acknowledged;
        try {
            HttpResponse<String> response = sender.send(
                    HttpRequest.newBuilder(URI.create(refund.notifyUrl()))
                            .timeout(TIMEOUT)
                            .header("Content-Type", SignedXmlEndpoint.XML_CONTENT_TYPE)
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            acknowledged = response.statusCode() == 200 && isSuccess(response.body());
            outcome = "HTTP " + response.statusCode() + (acknowledged ? ", acknowledged" : ", not acknowledged");
        } catch (IOException | RuntimeException e) {
            acknowledged = false;
            outcome = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        log.info("refund notification {} of {} to {}: {}", attempt, refund.outRefundNo(), refund.notifyUrl(), outcome);
        if (!acknowledged) {
            Optional<Duration> delay = schedule.delayAfter(attempt);
            if (delay.isPresent()) {
                schedule(body, refund, attempt + 1, delay.get());
            } else {
                log.warn("gave up notifying refund {} after {} attempts", refund.outRefundNo(), attempt);
            }
        }
    }

    private static boolean isSuccess(String answer) {
        try {
            return "SUCCESS".equals(WxPayXml.parse(answer).get("return_code"));
        } catch (MalformedXmlException e) {
            return false;
        }
    }
}
