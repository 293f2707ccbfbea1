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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the signed notification of a paid trade to its {@code notify_url} and, as the platform does, tries again on
 * the {@link RetrySchedule} until the merchant answers HTTP 200 with {@code return_code} SUCCESS.
 */
final class NotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int THREADS = 2;

    private final MerchantSigner signer;
    private final RetrySchedule schedule;
    private volatile NotificationMode mode = NotificationMode.DELIVER;
    private ScheduledExecutorService scheduler;
    private HttpClient client;

    NotificationDelivery(MerchantSigner signer, RetrySchedule schedule) {
        this.signer = signer;
        this.schedule = schedule;
    }

    synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newScheduledThreadPool(THREADS, DaemonThreads.named("payment-sandbox-notify"));
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

    NotificationMode mode() {
        return mode;
    }

    void mode(NotificationMode mode) {
        this.mode = mode;
        log.info("payment notifications: {}", mode == NotificationMode.DROP ? "dropped" : "delivered");
    }

    /** Notifies the merchant that the trade was paid, at once and then on the retry schedule. */
    void paid(Trade trade) {
        schedule(trade, 1, Duration.ZERO);
    }

    private synchronized void schedule(Trade trade, int attempt, Duration delay) {
        if (scheduler == null) {
            return;
        }
        HttpClient sender = client;
        try {
            scheduler.schedule(() -> attempt(sender, trade, attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            // the sandbox stops: what was due is dropped
        }
    }

    private void attempt(HttpClient sender, Trade trade, int attempt) {
        if (mode == NotificationMode.DROP) {
            // lost as if the network ate it: no retry either, so only an order query finds the payment
            log.info("notification {} of trade {} dropped", attempt, trade.outTradeNo());
            return;
        }
        TradeSnapshot paid = trade.snapshot();
        String outcome;
        boolean acknowledged;
        try {
            HttpResponse<String> response = sender.send(request(paid), HttpResponse.BodyHandlers.ofString());
            acknowledged = response.statusCode() == 200 && isSuccess(response.body());
            outcome = "HTTP " + response.statusCode() + (acknowledged ? ", acknowledged" : ", not acknowledged");
        } catch (IOException | RuntimeException e) {
            acknowledged = false;
            outcome = e.toString();
        } catch (InterruptedException e) {
            // the sandbox stops
            Thread.currentThread().interrupt();
            return;
        }
        trade.recordNotifyAttempt(acknowledged);
        log.info("notification {} of trade {} to {}: {}", attempt, paid.outTradeNo(), paid.notifyUrl(), outcome);
        if (!acknowledged) {
            Optional<Duration> delay = schedule.delayAfter(attempt);
            if (delay.isPresent()) {
                schedule(trade, attempt + 1, delay.get());
            } else {
                log.warn("gave up notifying trade {} after {} attempts", paid.outTradeNo(), attempt);
            }
        }
    }

    private HttpRequest request(TradeSnapshot trade) {
        String xml = WxPayXml.write(signer.signed(PaymentNotification.of(trade), trade.signType()));
        return HttpRequest.newBuilder(URI.create(trade.notifyUrl()))
                .timeout(TIMEOUT)
                .header("Content-Type", SignedXmlEndpoint.XML_CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8))
                .build();
    }

    private static boolean isSuccess(String answer) {
        try {
            return "SUCCESS".equals(WxPayXml.parse(answer).get("return_code"));
        } catch (MalformedXmlException e) {
            return false;
        }
    }
}
