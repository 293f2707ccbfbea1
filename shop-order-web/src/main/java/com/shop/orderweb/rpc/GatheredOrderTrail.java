package com.shop.orderweb.rpc;

import com.shop.api.OrderTrail;
import com.shop.pojo.trail.OrderTrailView;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import lombok.extern.slf4j.Slf4j;

/**
 * An order's trail gathered from every service at once: each is asked in parallel and given {@code timeout} to
 * answer; one that does not (down, slow, refusing) stands in the trail as one entry "<service> unavailable", and the
 * trail says it is partial, rather than failing the whole read for one service's part.
 */
@Slf4j
public final class GatheredOrderTrail implements OrderTrail, AutoCloseable {

    private final Map<String, OrderTrail> services;
    private final ExecutorService executor;
    private final Duration timeout;
    private final Clock clock;

    /**
     * @param services each service's trail by its name, in the order the unavailable ones are listed
     * @param executor runs the calls; owned by this trail and shut down with it
     */
    public GatheredOrderTrail(
            Map<String, OrderTrail> services, ExecutorService executor, Duration timeout, Clock clock) {
        this.services = new LinkedHashMap<>(services);
        this.executor = executor;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public OrderTrailView trailOf(long orderId) {
        Date askedAt = Date.from(clock.instant());
        Map<String, CompletableFuture<OrderTrailView>> calls = new LinkedHashMap<>();
        services.forEach((service, trail) -> calls.put(service, ask(service, trail, orderId)));
        List<TrailEntry> entries = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        calls.forEach((service, call) -> {
            OrderTrailView answer = call.join();
            if (answer == null) {
                unavailable.add(service);
                entries.add(unavailableEntry(service, askedAt));
            } else if (answer.getEntries() != null) {
                entries.addAll(answer.getEntries());
            }
        });
        entries.sort(TrailEntry.CHRONOLOGICAL);
        return new OrderTrailView(orderId, entries, unavailable);
    }

    /** The answer, or null when there was none in time. */
    private CompletableFuture<OrderTrailView> ask(String service, OrderTrail trail, long orderId) {
        try {
            return CompletableFuture.supplyAsync(() -> trail.trailOf(orderId), executor)
                    .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .exceptionally(failure -> {
                        log.warn("The {} service gave no trail of order {}: {}", service, orderId, failure.toString());
                        return null;
                    });
        } catch (RejectedExecutionException busy) {
            log.warn("No thread free to ask the {} service for the trail of order {}", service, orderId);
            return CompletableFuture.completedFuture(null);
        }
    }

    private TrailEntry unavailableEntry(String service, Date askedAt) {
        return TrailEntry.builder()
                .time(askedAt)
                .service(service)
                .kind(TrailKind.UNAVAILABLE)
                .name(service + " unavailable")
                .detail("no answer in time; its part of the trail is missing")
                .build();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
