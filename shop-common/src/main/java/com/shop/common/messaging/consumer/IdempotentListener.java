package com.shop.common.messaging.consumer;

import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * A listener whose effect is applied once per consumer group and message ({@link IdempotentConsumer}); the group is
 * the one its {@code @RocketMQMessageListener} names, so a subclass states it once. A subclass says only what the
 * message does: {@link #effect} in the transaction that records the message as consumed, and, where a step must not
 * run inside that transaction (a remote call, a ZooKeeper release), {@link #beforeEffect} or {@link #afterEffect} on
 * every delivery, duplicates included, so a step that failed is tried again when the broker redelivers. All of it runs
 * in the trace the message was written in, with the ids that trace carried in its log lines.
 *
 * @param <T> the event the message carries
 */
public abstract class IdempotentListener<T> implements RocketMQListener<MessageExt> {

    private final IdempotentConsumer consumer;
    private final Class<T> eventType;
    private final String group;

    protected IdempotentListener(IdempotentConsumer consumer, Class<T> eventType) {
        this.consumer = consumer;
        this.eventType = eventType;
        RocketMQMessageListener listener = AnnotationUtils.findAnnotation(getClass(), RocketMQMessageListener.class);
        if (listener == null) {
            throw new IllegalStateException(getClass().getName() + " is not annotated @RocketMQMessageListener");
        }
        this.group = listener.consumerGroup();
    }

    @Override
    public void onMessage(MessageExt message) {
        consumer.traced(group, message, () -> {
            T event = consumer.decode(message, eventType);
            beforeEffect(event);
            consumer.consumeDecoded(group, message, event, this::effect);
            afterEffect(event);
        });
    }

    /** What the message changes: at most once per group, committed with the record that it was consumed. */
    protected abstract void effect(T event);

    /** Runs before the effect's transaction on every delivery; a failure is thrown and the message redelivered. */
    protected void beforeEffect(T event) {}

    /** Runs after the effect committed, or was found done, on every delivery; a failure redelivers the message. */
    protected void afterEffect(T event) {}

    /** The consumer group of this listener. */
    protected String group() {
        return group;
    }
}
