package com.shop.goods.vending.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code shop.vending.dispenses}: how dispenses end, by outcome: {@code dispensed}, {@code failed} (the machine said
 * so), {@code timed-out} (no answer in time), {@code late} (a success after the dispense was given up, for an
 * operator) and {@code ignored} (an answer that was not the machine's to give). Counted once the outcome committed,
 * so a transaction rolled back and redelivered is counted once.
 */
@Component
public class DispenseMeters {

    static final String DISPENSES = "shop.vending.dispenses";

    private final MeterRegistry meters;

    public DispenseMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(String outcome) {
        Counter counter = Counter.builder(DISPENSES)
                .description("Dispenses of vending orders, by how they ended")
                .tag("outcome", outcome)
                .register(meters);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }
}
