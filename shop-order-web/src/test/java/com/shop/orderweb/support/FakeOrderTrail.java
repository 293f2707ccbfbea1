package com.shop.orderweb.support;

import com.shop.api.OrderTrail;
import com.shop.pojo.trail.OrderTrailView;
import com.shop.pojo.trail.TrailEntry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** One service's trail in memory: the entries put for an order, or a failure as a service that cannot be reached. */
public class FakeOrderTrail implements OrderTrail {

    private final String service;
    private final Map<Long, List<TrailEntry>> entries = new ConcurrentHashMap<>();
    private final List<Long> asked = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;

    public FakeOrderTrail(String service) {
        this.service = service;
    }

    @Override
    public OrderTrailView trailOf(long orderId) {
        asked.add(orderId);
        if (failure != null) {
            throw failure;
        }
        List<TrailEntry> held = entries.getOrDefault(orderId, List.of()).stream()
                .peek(entry -> entry.setService(service))
                .toList();
        return new OrderTrailView(orderId, held, List.of());
    }

    public void put(long orderId, TrailEntry... orderEntries) {
        entries.put(orderId, List.of(orderEntries));
    }

    public void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    /** The orders this service was asked about. */
    public List<Long> asked() {
        return List.copyOf(asked);
    }

    public void reset() {
        entries.clear();
        asked.clear();
        failure = null;
    }
}
