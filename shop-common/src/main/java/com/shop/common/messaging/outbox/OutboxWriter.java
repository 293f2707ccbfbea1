package com.shop.common.messaging.outbox;

import com.shop.common.messaging.MessageCodec;
import com.shop.common.messaging.MessageTraces;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a message into the outbox inside the caller's transaction, so the message exists if and only if the
 * state change it announces committed. The row is written claimed by the relay, which sends it right after the
 * commit; if that send is lost (crash, broker down) the poller sends it later: after the send's failure was recorded,
 * or once the claim ran out ({@code shop.outbox.lease}) after a crash.
 */
public class OutboxWriter {

    private final OutboxMapper mapper;
    private final OutboxRelay relay;
    private final MessageCodec codec;
    private final String groupName;
    private final MessageTraces traces;

    public OutboxWriter(
            OutboxMapper mapper, OutboxRelay relay, MessageCodec codec, String groupName, MessageTraces traces) {
        this.mapper = mapper;
        this.relay = relay;
        this.codec = codec;
        this.groupName = groupName;
        this.traces = traces;
    }

    /** Appends a message to be delivered as soon as it is relayed. */
    public void append(String topic, String tag, String key, Object payload) {
        appendScheduled(topic, tag, key, payload, null);
    }

    /** Appends a message the broker delivers no earlier than {@code deliverAt} (a timer message). */
    public void appendScheduled(String topic, String tag, String key, Object payload, Instant deliverAt) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the outbox is written in the transaction of the change it announces");
        }
        OutboxMessage message = OutboxMessage.builder()
                .id(UUID.randomUUID().toString())
                .groupName(groupName)
                .topic(topic)
                .tag(tag)
                .messageKey(key)
                .body(codec.encode(payload))
                .deliverAt(deliverAt == null ? null : Date.from(deliverAt))
                // the row's own create_time is the database's clock; this one only tells consumers the message's age
                .createTime(new Date())
                .traceContext(traces.capture())
                .build();
        long claimedAt = System.nanoTime();
        mapper.insert(message, relay.afterCommitOwner(), relay.leaseMillis());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.relayAsync(message, claimedAt);
            }
        });
    }
}
