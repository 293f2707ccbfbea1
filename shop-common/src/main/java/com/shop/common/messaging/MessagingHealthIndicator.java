package com.shop.common.messaging;

import com.shop.common.messaging.consumer.ConsumerLogMapper;
import com.shop.common.messaging.deadletter.DeadLetters;
import com.shop.common.messaging.outbox.OutboxMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The messaging backlog in the health ({@code messaging}): outbox rows pending and parked, messages a consumer failed
 * on, dead letters seen. It always reports UP: a backlog is for someone to look at, and taking the instance out of
 * service for it would clear nothing (nor would a restart), while the devstack and whatever watches the health wait
 * for UP. What needs a person, parked rows and dead letters, is named under {@code attention}.
 */
public class MessagingHealthIndicator implements HealthIndicator {

    private final OutboxMapper outbox;
    private final ConsumerLogMapper consumerLog;
    private final ObjectProvider<DeadLetters> deadLetters;

    public MessagingHealthIndicator(
            OutboxMapper outbox, ConsumerLogMapper consumerLog, ObjectProvider<DeadLetters> deadLetters) {
        this.outbox = outbox;
        this.consumerLog = consumerLog;
        this.deadLetters = deadLetters;
    }

    @Override
    public Health health() {
        long parked = outbox.countParked();
        Health.Builder health = Health.up()
                .withDetail("outboxPending", outbox.countPending())
                .withDetail("outboxParked", parked)
                .withDetail("consumerFailed", consumerLog.countFailed());
        List<String> attention = new ArrayList<>();
        if (parked > 0) {
            attention.add(parked + " outbox rows parked: re-arm each once its cause is fixed");
        }
        DeadLetters letters = deadLetters.getIfAvailable();
        if (letters != null) {
            health.withDetail("deadLetters", letters.seenByGroup());
            if (letters.seen() > 0) {
                attention.add(letters.seen() + " dead letters seen since start: replay each once its cause is fixed");
            }
        }
        if (!attention.isEmpty()) {
            health.withDetail("attention", attention);
        }
        return health.build();
    }
}
