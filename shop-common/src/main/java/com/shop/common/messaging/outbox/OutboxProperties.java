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
    /** How long a poller owns the rows it leased before another instance may take them. */
    private Duration lease = Duration.ofSeconds(30);
    /** Rows leased per poll. */
    private int batchSize = 100;
    /** Upper bound of the wait between attempts at a row that keeps failing. */
    private Duration maxBackoff = Duration.ofSeconds(30);
    /** Timeout of one send to the broker. */
    private Duration sendTimeout = Duration.ofSeconds(3);
    /** Threads sending rows right after their transaction committed. */
    private int relayThreads = 2;
}
