package com.shop.order.application;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/** Settings of the order service ({@code shop.order.*}). */
@Data
@ConfigurationProperties("shop.order")
public class OrderProperties {

    /**
     * How long an order may stay unconfirmed before the sweeper cancels it (its saga crashed or hung). Must be well
     * above the longest a saga can take: the sum of its remote steps' timeouts.
     */
    private Duration unconfirmedTimeout = Duration.ofSeconds(60);
    /** How often the sweeper looks for such orders. */
    private Duration sweepInterval = Duration.ofSeconds(10);
    /** At most this many orders are cancelled per sweep; the rest wait for the next one. */
    private int sweepBatchSize = 100;
    /**
     * How long a confirmed order may stay unpaid: then its payment is closed and the order becomes invalid. A bare
     * number counts seconds ({@code 30}); units may be given ({@code 30s}, {@code 10m}).
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration paymentTimeout = Duration.ofMinutes(10);
}
