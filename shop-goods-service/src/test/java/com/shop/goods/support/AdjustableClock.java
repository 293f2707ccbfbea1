package com.shop.goods.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's wall clock, which a test may set back for the length of one action: whatever the service stamps
 * meanwhile looks as if it had been written that much earlier, as it would after an outage between its writing and
 * its being acted on.
 */
public final class AdjustableClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private volatile Duration offset = Duration.ZERO;

    /** Runs {@code action} with the clock set back by {@code by}, then puts it right again. */
    public void setBackDuring(Duration by, Runnable action) {
        offset = by.negated();
        try {
            action.run();
        } finally {
            offset = Duration.ZERO;
        }
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service's clock is UTC");
    }
}
