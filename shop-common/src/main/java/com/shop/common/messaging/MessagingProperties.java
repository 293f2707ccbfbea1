package com.shop.common.messaging;

import java.time.Duration;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** What the messaging tables keep, and for how long. */
@Data
@ConfigurationProperties("shop.messaging")
public class MessagingProperties {

    /**
     * A consumer-log row is the record that makes a redelivered message change nothing, so it must outlive every
     * redelivery: the broker retries a failing message 16 times over about 4 h 46 min before it gives up, an outbox row
     * sent again after a crash goes out within minutes, and an operator resetting a group's offset replays at most the
     * broker's file retention (72 h by default). Retentions shorter than this are refused.
     */
    public static final Duration MIN_RETENTION = Duration.ofHours(5);

    /**
     * How long sent outbox rows and the consumer-log rows of handled messages are kept, then purged. At least
     * {@link #MIN_RETENTION}; keep it above the broker's file retention (fileReservedTime, 72 h by default) so that no
     * message the broker can still deliver has lost its consumer-log row. Parked outbox rows and failed consumer-log
     * rows are kept until someone deals with them.
     */
    private Duration retention = Duration.ofDays(7);
    /** How often the purge runs; every instance of a service runs it, each deleting what is left. */
    private Duration purgeInterval = Duration.ofHours(1);
    /** Rows one delete statement removes at most: short statements, short locks. */
    private int purgeBatchSize = 500;
    /** The pause between two delete statements, leaving the database to the service's own work. */
    private Duration purgePause = Duration.ofMillis(200);
    /**
     * Whether the service reads the dead-letter queues of its consumer groups (consumer group
     * {@code <spring.application.name>-dead-letters}), logging and counting each message found there.
     */
    private boolean readDeadLetters = true;
}
