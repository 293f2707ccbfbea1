package com.shop.common.messaging.outbox;

import java.time.Duration;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How the outbox relay and its poller behave. */
@Data
@ConfigurationProperties("shop.outbox")
public class OutboxProperties {

    /** How often the poller looks for rows the after-commit relay did not send (crash, broker down). */
    private Duration pollInterval = Duration.ofSeconds(2);
    /** Rows younger than this are left to the after-commit relay. */
    private Duration grace = Duration.ofSeconds(3);
    /**
     * How long a claim keeps other relays and pollers off a row: a poller's claim on its batch, renewed for each row
     * just before it is sent, and the after-commit relay's claim, written with the row. It must outlast one send and
     * the batched mark that follows, so it is at least twice {@link #sendTimeout}; it is also how long rows a crashed
     * service had committed but not sent wait for a poller.
     */
    private Duration lease = Duration.ofSeconds(30);
    /** Rows leased per poll. */
    private int batchSize = 100;
    /** Upper bound of the wait between attempts at a row that keeps failing. */
    private Duration maxBackoff = Duration.ofSeconds(30);
    /**
     * Attempts after which a row the broker or the client keeps refusing (an illegal message, a topic the service may
     * not write) is parked: kept with its last error, counted, and not tried again until re-armed. Failures to reach
     * the broker (down, unreachable, timing out, busy) do not park a row: they pass for every row alike.
     */
    private int maxAttempts = 10;
    /** Timeout of one send to the broker. */
    private Duration sendTimeout = Duration.ofSeconds(3);
    /** Threads sending rows right after their transaction committed. */
    private int relayThreads = 2;
}
