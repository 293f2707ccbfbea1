package com.shop.common.messaging.outbox;

import com.shop.common.messaging.MessageTraces;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import lombok.extern.slf4j.Slf4j;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendResult;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;

/**
 * Sends outbox rows to RocketMQ and marks a row sent only when the broker answered {@code SEND_OK} (in batches, see
 * {@link SentMarks}). Whoever sends a row holds a claim on it, so the after-commit relay and the pollers of every
 * instance never send a row another of them holds, and the claim keeps them off it until the mark. The after-commit
 * relay's claim is written with the row itself ({@link OutboxWriter}), in the transaction that commits it anyway; a
 * poller claims each row with a guarded update just before sending it. A row may still be sent twice after a crash
 * between send and mark; consumers are idempotent.
 */
@Slf4j
public class OutboxRelay {

    /** User property carrying the outbox row id, for tracing a message back to the change that wrote it. */
    public static final String OUTBOX_ID_PROPERTY = "OUTBOX_ID";

    /**
     * User property carrying when the outbox row was written (epoch milliseconds), so a consumer can tell how long
     * the message took from the change that announced it to its effect ({@code shop.messaging.lag}).
     */
    public static final String WRITTEN_AT_PROPERTY = "OUTBOX_WRITTEN_AT";

    /** The time of each send to the broker, by topic and outcome: sent, failed (the broker's trouble), refused. */
    static final String SEND_TIMER = "shop.outbox.send";

    private final DefaultMQProducer producer;
    private final OutboxMapper mapper;
    private final SentMarks sentMarks;
    private final ExecutorService afterCommitSenders;
    private final OutboxProperties properties;
    private final MeterRegistry meters;
    /** The after-commit senders' claims; each poller round claims under an owner of its own. */
    private final String afterCommitOwner = "relay-" + UUID.randomUUID();

    public OutboxRelay(
            DefaultMQProducer producer,
            OutboxMapper mapper,
            SentMarks sentMarks,
            ExecutorService afterCommitSenders,
            OutboxProperties properties,
            MeterRegistry meters) {
        this.producer = producer;
        this.mapper = mapper;
        this.sentMarks = sentMarks;
        this.afterCommitSenders = afterCommitSenders;
        this.properties = properties;
        this.meters = meters;
        if (properties.getLease().compareTo(properties.getSendTimeout().multipliedBy(2)) < 0) {
            throw new IllegalStateException("shop.outbox.lease (" + properties.getLease()
                    + ") must be at least twice shop.outbox.send-timeout (" + properties.getSendTimeout() + ")");
        }
    }

    /** Who claims the rows a transaction writes, for the after-commit senders. */
    String afterCommitOwner() {
        return afterCommitOwner;
    }

    long leaseMillis() {
        return properties.getLease().toMillis();
    }

    /**
     * Sends a row written claimed for the after-commit senders, off the caller's thread. When the senders are saturated
     * the claim is given up and the poller sends the row after its grace.
     *
     * @param claimedAtNanos {@link System#nanoTime()} no later than the insert that claimed the row
     */
    void relayAsync(OutboxMessage message, long claimedAtNanos) {
        try {
            afterCommitSenders.execute(() -> relayClaimed(message, claimedAtNanos));
        } catch (RejectedExecutionException saturated) {
            log.debug("Relay busy; outbox row {} left to the poller", message.getId());
            release(message);
        }
    }

    /**
     * The claim written with the row is used as it is while it surely outlasts the send and the mark that follows;
     * a row that waited in the queue longer is claimed again (renewed when still ours, skipped when a poller took it
     * after the claim ran out).
     */
    private void relayClaimed(OutboxMessage row, long claimedAtNanos) {
        long unused = properties
                .getLease()
                .minus(properties.getSendTimeout().multipliedBy(2))
                .toNanos();
        if (System.nanoTime() - claimedAtNanos < unused) {
            send(row, afterCommitOwner);
        } else {
            relay(row, afterCommitOwner);
        }
    }

    private void release(OutboxMessage row) {
        try {
            mapper.release(row.getId(), afterCommitOwner);
        } catch (RuntimeException e) {
            log.warn("Could not release outbox row {}; the poller sends it once its claim runs out", row.getId(), e);
        }
    }

    /**
     * Claims the row for {@code owner} and sends it; nothing is sent when the row was sent already or someone else
     * holds it.
     *
     * @return true when the broker stored the message
     */
    public boolean relay(OutboxMessage row, String owner) {
        return claim(row, owner) && send(row, owner);
    }

    private boolean claim(OutboxMessage row, String owner) {
        try {
            return mapper.claim(row.getId(), owner, properties.getLease().toMillis()) == 1;
        } catch (RuntimeException e) {
            log.warn("Could not claim outbox row {}; the poller sends it later", row.getId(), e);
            return false;
        }
    }

    private boolean send(OutboxMessage row, String owner) {
        Timer.Sample sending = Timer.start(meters);
        String outcome = "failed";
        try {
            SendResult result =
                    producer.send(toMessage(row), properties.getSendTimeout().toMillis());
            if (result.getSendStatus() == SendStatus.SEND_OK) {
                outcome = "sent";
                sentMarks.add(row.getId());
                return true;
            }
            // stored, but not flushed or replicated in time: the broker's trouble, not the message's
            failed(row, owner, "broker answered " + result.getSendStatus(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(row, owner, "interrupted", false);
        } catch (Exception e) {
            boolean refused = SendFailures.isRefusal(e);
            outcome = refused ? "refused" : "failed";
            failed(row, owner, e.toString(), refused);
        } finally {
            sending.stop(Timer.builder(SEND_TIMER)
                    .description("Sends of outbox rows to the broker")
                    .tag("topic", row.getTopic())
                    .tag("outcome", outcome)
                    .register(meters));
        }
        return false;
    }

    private Message toMessage(OutboxMessage row) {
        Message message = new Message(
                row.getTopic(), row.getTag(), row.getMessageKey(), row.getBody().getBytes(StandardCharsets.UTF_8));
        message.putUserProperty(OUTBOX_ID_PROPERTY, row.getId());
        MessageTraces.carry(row.getTraceContext(), message);
        if (row.getCreateTime() != null) {
            message.putUserProperty(
                    WRITTEN_AT_PROPERTY, Long.toString(row.getCreateTime().getTime()));
        }
        if (row.getDeliverAt() != null && row.getDeliverAt().getTime() > System.currentTimeMillis()) {
            message.setDeliverTimeMs(row.getDeliverAt().getTime());
        }
        return message;
    }

    /** @param refused the failure was the message's own: it brings the row towards being parked */
    private void failed(OutboxMessage row, String owner, String reason, boolean refused) {
        long backoff = Math.min(properties.getMaxBackoff().toMillis(), 1000L << Math.min(row.getAttempts(), 10));
        boolean parks = refused && row.getAttempts() + 1 >= properties.getMaxAttempts();
        if (parks) {
            log.error(
                    "Outbox row {} ({} {} {}) parked after {} attempts: {}; it is not retried until re-armed",
                    row.getId(),
                    row.getTopic(),
                    row.getTag(),
                    row.getMessageKey(),
                    row.getAttempts() + 1,
                    reason);
        } else {
            log.warn(
                    "Outbox row {} ({} {}) not sent: {}; retry in {} ms",
                    row.getId(),
                    row.getTopic(),
                    row.getTag(),
                    reason,
                    backoff);
        }
        try {
            mapper.recordFailure(row.getId(), owner, reason, backoff, refused, properties.getMaxAttempts());
        } catch (RuntimeException e) {
            log.warn("Could not record the failed send of outbox row {}", row.getId(), e);
        }
    }
}
