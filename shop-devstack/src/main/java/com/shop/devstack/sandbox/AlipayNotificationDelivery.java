package com.shop.devstack.sandbox;

import com.shop.devstack.DaemonThreads;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the RSA2-signed asynchronous notification of a paid trade ({@code trade_status_sync}, form-encoded) to its
 * {@code notify_url} and, as Alipay does, again on its schedule (4 min, 10 min, 10 min, 1 h, 2 h, 6 h, 15 h, scaled)
 * until the merchant answers HTTP 200 with the body {@code success}.
 */
final class AlipayNotificationDelivery {

    /** Alipay's published intervals between the attempts at one notification. */
    static final List<Duration> ALIPAY_INTERVALS = List.of(
            Duration.ofMinutes(4),
            Duration.ofMinutes(10),
            Duration.ofMinutes(10),
            Duration.ofHours(1),
            Duration.ofHours(2),
            Duration.ofHours(6),
            Duration.ofHours(15));
    /** The seller, the merchant's Alipay account, as notifications name it. */
    static final String SELLER_ID = "2088102177649450";

    private static final Logger log = LoggerFactory.getLogger(AlipayNotificationDelivery.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String appId;
    private final Supplier<AlipayKeys> keys;
    private final RetrySchedule schedule;
    private volatile NotificationMode mode = NotificationMode.DELIVER;
    private ScheduledExecutorService scheduler;
    private HttpClient client;

    AlipayNotificationDelivery(String appId, Supplier<AlipayKeys> keys, RetrySchedule schedule) {
        this.appId = appId;
        this.keys = keys;
        this.schedule = schedule;
    }

    synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newScheduledThreadPool(2, DaemonThreads.named("alipay-sandbox-notify"));
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

    void mode(NotificationMode mode) {
        this.mode = mode;
        log.info("Alipay notifications: {}", mode == NotificationMode.DROP ? "dropped" : "delivered");
    }

    /** Notifies the merchant that the trade was paid, at once and then on the retry schedule. */
    void paid(AlipayTrade trade) {
        schedule(trade, 1, Duration.ZERO);
    }

    private synchronized void schedule(AlipayTrade trade, int attempt, Duration delay) {
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

    private void attempt(HttpClient sender, AlipayTrade trade, int attempt) {
        if (mode == NotificationMode.DROP) {
            // lost as if the network ate it: only a trade query finds the payment
            log.info("Alipay notification {} of trade {} dropped", attempt, trade.outTradeNo());
            return;
        }
        boolean acknowledged;
        String outcome;
        try {
            HttpResponse<String> response = sender.send(request(trade), HttpResponse.BodyHandlers.ofString());
            acknowledged = response.statusCode() == 200
                    && "success".equals(response.body().strip());
            outcome = "HTTP " + response.statusCode() + " " + response.body().strip();
        } catch (IOException | RuntimeException e) {
            acknowledged = false;
            outcome = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        trade.recordNotifyAttempt(acknowledged);
        log.info(
                "Alipay notification {} of trade {} to {}: {}",
                attempt,
                trade.outTradeNo(),
                trade.notifyUrl(),
                outcome);
        if (!acknowledged) {
            Optional<Duration> delay = schedule.delayAfter(attempt);
            if (delay.isPresent()) {
                schedule(trade, attempt + 1, delay.get());
            } else {
                log.warn("gave up notifying Alipay trade {} after {} attempts", trade.outTradeNo(), attempt);
            }
        }
    }

    private HttpRequest request(AlipayTrade trade) {
        String form = notification(trade).entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(trade.notifyUrl()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
    }

    /** The notification's fields, signed as Alipay signs them: without {@code sign} and {@code sign_type}. */
    Map<String, String> notification(AlipayTrade trade) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("notify_time", AlipayIds.time(Instant.now()));
        fields.put("notify_type", "trade_status_sync");
        fields.put("notify_id", AlipayIds.notifyId());
        fields.put("app_id", appId);
        fields.put("charset", "utf-8");
        fields.put("version", "1.0");
        fields.put("sign_type", "RSA2");
        fields.put("trade_no", trade.tradeNo());
        fields.put("out_trade_no", trade.outTradeNo());
        fields.put("buyer_id", AlipayTrade.SANDBOX_BUYER);
        fields.put("seller_id", SELLER_ID);
        fields.put("trade_status", AlipayTrade.Status.TRADE_SUCCESS.name());
        fields.put("total_amount", trade.totalAmount().toPlainString());
        fields.put("receipt_amount", trade.totalAmount().toPlainString());
        fields.put("buyer_pay_amount", trade.totalAmount().toPlainString());
        fields.put("gmt_payment", AlipayIds.time(trade.paidAt()));
        fields.put(
                "sign",
                AlipaySignature.sign(
                        AlipaySignature.content(fields, Set.of("sign", "sign_type")),
                        keys.get().platform().getPrivate()));
        return fields;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
