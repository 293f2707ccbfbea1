package com.shop.payweb.support;

import com.shop.api.PaymentService;
import com.shop.api.exception.PaymentNotFoundException;
import com.shop.pojo.pay.PaymentView;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Payments held in memory; like the real service, another user's payment does not exist for the caller. */
public class FakePaymentService implements PaymentService {

    private final Map<Long, PaymentView> payments = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile RuntimeException failure;

    public void put(PaymentView payment) {
        payments.put(payment.getPayId(), payment);
    }

    public void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    /** How many calls reached this service. */
    public int calls() {
        return calls.get();
    }

    public void reset() {
        payments.clear();
        calls.set(0);
        failure = null;
    }

    @Override
    public PaymentView getPayment(long userId, long payId) {
        calls.incrementAndGet();
        RuntimeException current = failure;
        if (current != null) {
            throw current;
        }
        PaymentView payment = payments.get(payId);
        if (payment == null || payment.getUserId() != userId) {
            throw new PaymentNotFoundException("no payment " + payId);
        }
        return payment;
    }
}
