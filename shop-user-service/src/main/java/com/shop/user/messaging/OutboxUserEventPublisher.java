package com.shop.user.messaging;

import com.shop.common.messaging.outbox.OutboxWriter;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.UserRegistered;
import com.shop.user.domain.User;
import com.shop.user.domain.UserEventPublisher;
import org.springframework.stereotype.Component;

/**
 * User events through the outbox: written in the transaction of the change, relayed to RocketMQ after it commits.
 * The key is the user id, which is what consumers deduplicate on.
 */
@Component
public class OutboxUserEventPublisher implements UserEventPublisher {

    private final OutboxWriter outbox;

    public OutboxUserEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void userRegistered(User user) {
        UserRegistered event = UserRegistered.builder()
                .userId(user.getUserId())
                .userName(user.getUserName())
                .build();
        outbox.append(MessageTopics.USER, MessageTopics.USER_REGISTERED, Long.toString(user.getUserId()), event);
    }
}
