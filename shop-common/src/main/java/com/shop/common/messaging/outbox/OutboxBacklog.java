package com.shop.common.messaging.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import lombok.extern.slf4j.Slf4j;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The outbox's unsent rows as gauges ({@code shop.outbox.backlog}, {@code shop.outbox.parked}), counted on a schedule
 * of their own rather than on each scrape: a scrape then costs no query, and however often it comes the table is
 * counted once a round ({@code shop.outbox.backlog-interval}). Until the first count, and while the database cannot
 * be read, the gauges show the last count (-1 before any).
 */
@Slf4j
public class OutboxBacklog {

    static final String BACKLOG_GAUGE = "shop.outbox.backlog";
    static final String PARKED_GAUGE = "shop.outbox.parked";

    private final OutboxMapper mapper;
    private final AtomicLong pending = new AtomicLong(-1);
    private final AtomicLong parked = new AtomicLong(-1);

    public OutboxBacklog(OutboxMapper mapper, MeterRegistry meters) {
        this.mapper = mapper;
        Gauge.builder(BACKLOG_GAUGE, pending, AtomicLong::get)
                .description("Outbox rows not yet sent, as last counted")
                .register(meters);
        Gauge.builder(PARKED_GAUGE, parked, AtomicLong::get)
                .description("Outbox rows parked after the broker refused them, as last counted")
                .register(meters);
    }

    @Scheduled(
            fixedDelayString = "${shop.outbox.backlog-interval:15s}",
            initialDelayString = "${shop.outbox.backlog-interval:15s}")
    public void count() {
        try {
            pending.set(mapper.countPending());
            parked.set(mapper.countParked());
        } catch (RuntimeException e) {
            log.warn("Could not count the outbox backlog; the gauges keep the last count", e);
        }
    }
}
