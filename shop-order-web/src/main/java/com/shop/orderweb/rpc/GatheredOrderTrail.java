package com.shop.orderweb.rpc;

import com.shop.api.OrderTrail;
import com.shop.pojo.trail.OrderTrailView;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * An order's trail gathered from every service at once: a service that does not answer in time stands in the trail as
 * one entry "<service> unavailable", and the trail says it is partial, rather than failing the whole read for one
 * service's part.
 */
public final class GatheredOrderTrail implements OrderTrail, AutoCloseable {

    private final EveryService<OrderTrail> services;
    private final Clock clock;

    /** @param services each service's trail; closed with this trail */
    public GatheredOrderTrail(EveryService<OrderTrail> services, Clock clock) {
        this.services = services;
        this.clock = clock;
    }

    @Override
    public OrderTrailView trailOf(long orderId) {
        Date askedAt = Date.from(clock.instant());
        EveryService.Answers<OrderTrailView> answers =
                services.ask("the trail of order " + orderId, trail -> trail.trailOf(orderId));
        List<TrailEntry> entries = new ArrayList<>();
        answers.answered().values().stream()
                .filter(answer -> answer.getEntries() != null)
                .forEach(answer -> entries.addAll(answer.getEntries()));
        answers.unavailable().forEach(service -> entries.add(unavailableEntry(service, askedAt)));
        entries.sort(TrailEntry.CHRONOLOGICAL);
        return new OrderTrailView(orderId, entries, answers.unavailable());
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
        services.close();
    }
}
