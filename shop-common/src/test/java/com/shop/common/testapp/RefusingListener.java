package com.shop.common.testapp;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.pojo.event.OrderCancelled;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.stereotype.Component;

/**
 * A consumer group like the services' (an idempotent consumer behind a listener container) whose effect fails for
 * the keys a test names: such a message goes to the group's dead-letter queue at its first failure (no redeliveries).
 */
@Component
@RocketMQMessageListener(
        topic = "shop-order",
        selectorExpression = RefusingListener.TAG,
        consumerGroup = RefusingListener.GROUP,
        maxReconsumeTimes = 0,
        consumeThreadNumber = 1,
        consumeThreadMax = 1)
public class RefusingListener implements RocketMQListener<MessageExt> {

    public static final String TAG = "RefusingListener";
    public static final String GROUP = "messaging-test-refusing";

    /** Keys whose effect fails. */
    public static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();
    /** Keys whose effect was applied. */
    public static final List<String> APPLIED = new CopyOnWriteArrayList<>();

    private final IdempotentConsumer consumer;

    public RefusingListener(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public void onMessage(MessageExt message) {
        consumer.consume(GROUP, message, OrderCancelled.class, event -> {
            if (REFUSED.contains(message.getKeys())) {
                throw new IllegalStateException("refused by the test");
            }
            APPLIED.add(message.getKeys());
        });
    }
}
