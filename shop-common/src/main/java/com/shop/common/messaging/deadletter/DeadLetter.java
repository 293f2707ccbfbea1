package com.shop.common.messaging.deadletter;

import java.time.Instant;

/**
 * A message that failed every delivery to a consumer group and that the broker moved to the group's dead-letter
 * queue.
 *
 * @param group the consumer group it died in
 * @param topic the topic it was sent to
 * @param messageId its id as the producer gave it, the same in every delivery: what {@link DeadLetterReplay} takes
 * @param originMessageId the broker's id of the message as first stored
 * @param deliveries how often the group was given it: the first delivery and every redelivery
 * @param reason the last error the consumer log recorded for it, when the group keeps one
 * @param storedAt when it entered the dead-letter queue
 */
public record DeadLetter(
        String group,
        String topic,
        String tags,
        String keys,
        String messageId,
        String originMessageId,
        int deliveries,
        String reason,
        Instant storedAt) {}
