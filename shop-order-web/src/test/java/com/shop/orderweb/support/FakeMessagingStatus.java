package com.shop.orderweb.support;

import com.shop.api.MessagingStatus;
import com.shop.pojo.messaging.MessagingOverview;
import com.shop.pojo.messaging.MessagingReport;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** One service's messaging status in memory: the report put, an empty one, or a failure as a service out of reach. */
public class FakeMessagingStatus implements MessagingStatus {

    private final String service;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile MessagingReport report;
    private volatile RuntimeException failure;

    public FakeMessagingStatus(String service) {
        this.service = service;
    }

    @Override
    public MessagingOverview overview() {
        calls.incrementAndGet();
        if (failure != null) {
            throw failure;
        }
        MessagingReport answer = report != null
                ? report
                : MessagingReport.builder()
                        .service(service)
                        .parked(List.of())
                        .failed(List.of())
                        .deadLetters(List.of())
                        .build();
        return new MessagingOverview(List.of(answer), List.of());
    }

    public void put(MessagingReport report) {
        report.setService(service);
        this.report = report;
    }

    public void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    /** How often this service was asked. */
    public int calls() {
        return calls.get();
    }

    public void reset() {
        calls.set(0);
        report = null;
        failure = null;
    }
}
