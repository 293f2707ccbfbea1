package com.shop.order.application;

import com.shop.order.domain.Order;
import com.shop.order.domain.OrderEventPublisher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Keeps what was published. */
final class RecordingOrderEventPublisher implements OrderEventPublisher {

    record Cancelled(Order order, String reason) {
    }

    record PaymentDue(long orderId, long userId, Instant dueAt) {
    }

    final List<Cancelled> cancelled = new ArrayList<>();
    final List<PaymentDue> paymentsDue = new ArrayList<>();

    @Override
    public void orderCancelled(Order order, String reason) {
        cancelled.add(new Cancelled(order.toBuilder().build(), reason));
    }

    @Override
    public void paymentDue(Order order, Instant dueAt) {
        paymentsDue.add(new PaymentDue(order.getOrderId(), order.getUserId(), dueAt));
    }
}
