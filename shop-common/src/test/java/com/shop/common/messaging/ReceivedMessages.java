package com.shop.common.messaging;

import static org.awaitility.Awaitility.await;

import com.shop.infra.EmbeddedRocketMq;
import com.shop.infra.TestInfrastructure;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.common.message.MessageExt;

/**
 * A test's own consumer group on the shared broker, keeping every message of one topic and tag by its key: what the
 * relay really sent, headers and all, for the test to hand to the code under test.
 */
final class ReceivedMessages implements AutoCloseable {

    private final Map<String, MessageExt> byKey = new ConcurrentHashMap<>();
    private final DefaultMQPushConsumer consumer;

    private ReceivedMessages(String group) {
        this.consumer = new DefaultMQPushConsumer(group, EmbeddedRocketMq.clientCredentials());
    }

    static ReceivedMessages subscribe(String group, String topic, String tag) throws MQClientException {
        ReceivedMessages received = new ReceivedMessages(group);
        received.consumer.setNamesrvAddr(
                TestInfrastructure.springProperties("goods").get("rocketmq.name-server"));
        received.consumer.subscribe(topic, tag);
        received.consumer.registerMessageListener((MessageListenerConcurrently) (messages, context) -> {
            messages.forEach(message -> received.byKey.put(message.getKeys(), message));
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        received.consumer.start();
        return received;
    }

    /** The message keyed {@code key}, once the broker delivered it. */
    MessageExt awaitKey(String key) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> byKey.get(key), message -> message != null);
    }

    @Override
    public void close() {
        consumer.shutdown();
    }
}
