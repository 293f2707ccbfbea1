package com.shop.goods.support;

import com.shop.goods.domain.PaidOrderHandler;
import com.shop.pojo.event.PaymentSucceeded;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A paid-order handler for tests: counts how often each order was handed to it. */
public class RecordingPaidOrderHandler implements PaidOrderHandler {

    private final Map<Long, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Override
    public void orderPaid(PaymentSucceeded payment) {
        calls.computeIfAbsent(payment.getOrderId(), id -> new AtomicInteger()).incrementAndGet();
    }

    public int callsFor(long orderId) {
        AtomicInteger count = calls.get(orderId);
        return count == null ? 0 : count.get();
    }
}
