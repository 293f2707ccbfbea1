package com.shop.order.application;

import com.shop.order.domain.Order;
import com.shop.order.domain.OrderEventPublisher;
import java.util.ArrayList;
import java.util.List;

/** Keeps what was published. */
final class RecordingOrderEventPublisher implements OrderEventPublisher {

    record Cancelled(Order order, String reason) {}

    final List<Cancelled> cancelled = new ArrayList<>();

    @Override
    public void orderCancelled(Order order, String reason) {
        cancelled.add(new Cancelled(order.toBuilder().build(), reason));
    }
}
