package com.shop.payweb.support;

import com.shop.api.PaymentAdminService;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.RefundView;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Payments and refunds held in memory, newest first, as the pay service would answer them. */
public class FakePaymentAdminService implements PaymentAdminService {

    private final List<PaymentView> payments = new CopyOnWriteArrayList<>();
    private final List<RefundView> refunds = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    public void put(List<PaymentView> newestFirst, List<RefundView> refundsNewestFirst) {
        payments.addAll(newestFirst);
        refunds.addAll(refundsNewestFirst);
    }

    public int calls() {
        return calls.get();
    }

    public void reset() {
        payments.clear();
        refunds.clear();
        calls.set(0);
    }

    @Override
    public List<PaymentView> recentPayments(int limit) {
        calls.incrementAndGet();
        return payments.subList(0, Math.min(limit, payments.size()));
    }

    @Override
    public List<RefundView> recentRefunds(int limit) {
        calls.incrementAndGet();
        return refunds.subList(0, Math.min(limit, refunds.size()));
    }
}
