package com.shop.order.application;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import com.shop.order.domain.Order;
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
    /**
     * How long a confirmed vending order may stay unpaid: its machine is held for it meanwhile, so much shorter than
     * {@link #paymentTimeout}. The goods service's machine lease outlives it by the dispense timeout.
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration vendingPaymentTimeout = Duration.ofMinutes(2);
    /**
     * At most this many orders awaiting payment per user: more are refused ({@code TOO_MANY_UNPAID_ORDERS}), so no one
     * account holds stock hostage. Zero means no limit (load tests).
     */
    private int maxUnpaid = 10;
    /** How often the payment sweeper looks for orders whose time to pay ran out. */
    private Duration paymentSweepInterval = Duration.ofSeconds(2);
    /** At most this many overdue orders are taken on per sweep; a full batch is followed by another at once. */
    private int paymentSweepBatchSize = 100;
    /** Overdue orders closed at once: each close asks the pay service, which asks the payment platform. */
    private int paymentSweepThreads = 4;
    /**
     * When a sweeper takes an overdue order on, its deadline moves this far: should the close fail (the pay service or
     * the platform unreachable), the order falls due again then. Above the longest a close can take.
     */
    private Duration paymentRetryInterval = Duration.ofSeconds(30);
    /**
     * How long a goods price read from the goods service is used to price orders. The stock step checks the price
     * anyway; a longer time only means more orders refused there, after they were created, for a price changed
     * meanwhile.
     */
    private Duration priceCacheTtl = Duration.ofSeconds(5);

    /** The time the order has to be paid once confirmed: a vending order's holds a machine, and is shorter. */
    public Duration timeToPay(Order order) {
        return order.getInnerCode() == null ? paymentTimeout : vendingPaymentTimeout;
    }
}
