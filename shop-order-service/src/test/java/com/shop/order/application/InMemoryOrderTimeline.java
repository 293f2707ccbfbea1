package com.shop.order.application;

import com.shop.order.domain.OrderTimeline;
import com.shop.order.domain.OrderTimelineEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Timelines in memory, with the table's key: one entry per order and event. */
final class InMemoryOrderTimeline implements OrderTimeline {

    private final Map<Long, Map<OrderTimelineEvent, String>> entries = new LinkedHashMap<>();

    @Override
    public boolean record(long orderId, OrderTimelineEvent event, String detail) {
        Map<OrderTimelineEvent, String> timeline = entries.computeIfAbsent(orderId, id -> new LinkedHashMap<>());
        if (timeline.containsKey(event)) {
            return false;
        }
        timeline.put(event, detail);
        return true;
    }

    List<OrderTimelineEvent> of(long orderId) {
        return new ArrayList<>(entries.getOrDefault(orderId, Map.of()).keySet());
    }

    String detail(long orderId, OrderTimelineEvent event) {
        return entries.getOrDefault(orderId, Map.of()).get(event);
    }
}
