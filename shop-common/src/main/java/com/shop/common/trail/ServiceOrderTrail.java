package com.shop.common.trail;

import com.shop.api.OrderTrail;
import com.shop.pojo.trail.OrderTrailView;
import com.shop.pojo.trail.TrailEntry;
import java.util.ArrayList;
import java.util.List;

/** One service's trail of an order: what each of its sources holds of it, named for the service, in time order. */
public final class ServiceOrderTrail implements OrderTrail {

    private final String service;
    private final List<TrailSource> sources;

    public ServiceOrderTrail(String service, List<TrailSource> sources) {
        this.service = service;
        this.sources = List.copyOf(sources);
    }

    @Override
    public OrderTrailView trailOf(long orderId) {
        List<TrailEntry> entries = new ArrayList<>();
        for (TrailSource source : sources) {
            source.entriesOf(orderId).forEach(entry -> {
                entry.setService(service);
                entries.add(entry);
            });
        }
        entries.sort(TrailEntry.CHRONOLOGICAL);
        return new OrderTrailView(orderId, entries, List.of());
    }
}
