package com.shop.common.messaging.consumer;

import com.shop.common.messaging.MessageCodec;
import com.shop.common.messaging.MessageTraces;
import com.shop.common.messaging.outbox.OutboxRelay;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import lombok.extern.slf4j.Slf4j;
import org.apache.rocketmq.common.message.MessageExt;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a message's effect at most once per consumer group and message key: the effect and the consumer-log
 * row that says "done" commit in one local transaction, and concurrent deliveries of one message queue up on that
 * row's lock. A failing effect rolls back, is recorded for the
 * operator in a transaction of its own, and is rethrown so the broker redelivers it.
 *
 * <p>Meters, by consumer group and tag: {@code shop.messaging.failures} (effects that failed),
 * {@code shop.messaging.retries} (deliveries the broker made again after a failure) and {@code shop.messaging.lag}
 * (from the outbox row's writing to the effect's commit, for the delivery that applied it; for {@code OrderCancelled}
 * that is the compensation lag of each participant).
 */
@Slf4j
public class IdempotentConsumer {

    private final ConsumerLogMapper consumerLog;
    private final MessageCodec codec;
    private final TransactionTemplate effectTransaction;
    private final TransactionTemplate failureTransaction;
    private final MeterRegistry meters;
    private final MessageTraces traces;

    static final String FAILURES = "shop.messaging.failures";
    static final String RETRIES = "shop.messaging.retries";
    static final String LAG = "shop.messaging.lag";

    public IdempotentConsumer(
            ConsumerLogMapper consumerLog,
            MessageCodec codec,
            TransactionTemplate effectTransaction,
            TransactionTemplate failureTransaction,
            MeterRegistry meters,
            MessageTraces traces) {
        this.consumerLog = consumerLog;
        this.codec = codec;
        this.effectTransaction = effectTransaction;
        this.failureTransaction = failureTransaction;
        this.meters = meters;
        this.traces = traces;
    }

    /**
     * Runs a delivery's work in the trace the message was written in, with the order's and payment's ids it carried
     * in every log line of it.
     */
    public void traced(String group, MessageExt message, Runnable work) {
        traces.consume(message, group, work);
    }

    /**
     * @return true when this delivery applied the effect, false when the message had already been processed
     */
    public <T> boolean consume(String group, MessageExt message, Class<T> payloadType, Consumer<T> effect) {
        return consumeDecoded(group, message, decode(message, payloadType), effect);
    }

    /**
     * As {@link #consume(String, MessageExt, Class, Consumer)}, with the message's payload decoded already.
     *
     * @return true when this delivery applied the effect, false when the message had already been processed
     */
    public <T> boolean consumeDecoded(String group, MessageExt message, T payload, Consumer<T> effect) {
        ConsumerLogEntry entry = entryOf(group, message);
        if (message.getReconsumeTimes() > 0) {
            counter(RETRIES, "Deliveries made again after a failure", entry).increment();
        }
        try {
            boolean applied = applyOnce(entry, () -> effect.accept(payload));
            if (applied) {
                recordLag(entry, message);
            }
            return applied;
        } catch (RuntimeException failure) {
            counter(FAILURES, "Effects that failed and were rolled back", entry).increment();
            recordFailure(entry, failure);
            throw failure;
        }
    }

    /** From the outbox row's writing when the message says, else from the broker's receipt of it. */
    private void recordLag(ConsumerLogEntry entry, MessageExt message) {
        long since = writtenAt(message);
        Timer.builder(LAG)
                .description("Time from the message's writing to its effect's commit")
                .tag("group", entry.getGroupName())
                .tag("tag", entry.getTag())
                .register(meters)
                .record(Math.max(0, System.currentTimeMillis() - since), TimeUnit.MILLISECONDS);
    }

    /** A message from elsewhere may carry anything: a lag is not worth failing its effect over. */
    private static long writtenAt(MessageExt message) {
        String writtenAt = message.getUserProperty(OutboxRelay.WRITTEN_AT_PROPERTY);
        try {
            return writtenAt == null ? message.getBornTimestamp() : Long.parseLong(writtenAt);
        } catch (NumberFormatException notATime) {
            return message.getBornTimestamp();
        }
    }

    private Counter counter(String name, String description, ConsumerLogEntry entry) {
        return Counter.builder(name)
                .description(description)
                .tag("group", entry.getGroupName())
                .tag("tag", entry.getTag())
                .register(meters);
    }

    /** The message's payload as {@code payloadType}. */
    public <T> T decode(MessageExt message, Class<T> payloadType) {
        return codec.decode(message.getBody(), payloadType);
    }

    /**
     * The first delivery of a message is one statement besides its effect: the consumer-log row, inserted as
     * succeeded, commits with the effect or rolls back with it. A later delivery finds the row: done, or a failure
     * recorded by {@link #recordFailure}, whose effect is tried again.
     */
    private boolean applyOnce(ConsumerLogEntry entry, Runnable effect) {
        Boolean applied = effectTransaction.execute(status -> {
            if (consumerLog.claim(entry) == 1) {
                effect.run();
                return true;
            }
            ConsumerLogEntry seen = consumerLog.lockEntry(entry.getGroupName(), entry.getTag(), entry.getMessageKey());
            if (seen.getStatus() == ConsumerLogEntry.SUCCEEDED) {
                return false;
            }
            effect.run();
            consumerLog.markSucceeded(entry);
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }

    private void recordFailure(ConsumerLogEntry entry, RuntimeException failure) {
        log.warn(
                "Consumer {} failed on {} {}: {}",
                entry.getGroupName(),
                entry.getTag(),
                entry.getMessageKey(),
                failure.toString());
        try {
            entry.setRemark(failure.toString());
            failureTransaction.executeWithoutResult(status -> consumerLog.recordFailure(entry));
        } catch (RuntimeException e) {
            log.warn("Could not record the failure in the consumer log", e);
        }
    }

    private static ConsumerLogEntry entryOf(String group, MessageExt message) {
        String key = message.getKeys() == null || message.getKeys().isBlank() ? message.getMsgId() : message.getKeys();
        return ConsumerLogEntry.builder()
                .groupName(group)
                .tag(message.getTags() == null ? "" : message.getTags())
                .messageKey(key)
                .messageId(message.getMsgId())
                .body(new String(message.getBody(), StandardCharsets.UTF_8))
                .build();
    }
}
