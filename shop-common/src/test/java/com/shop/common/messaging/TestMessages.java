package com.shop.common.messaging;

import com.shop.infra.EmbeddedRocketMq;
import java.nio.charset.StandardCharsets;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;

/**
 * Sends messages to the broker as another service's outbox would (JSON bodies, the order id as the key), for the
 * tests of the consumers.
 */
public class TestMessages implements AutoCloseable {

    private final DefaultMQProducer producer;
    private final MessageCodec codec = new MessageCodec();

    /** @param sender the producer group and instance name, one per test JVM and module */
    public TestMessages(String nameServer, String sender) throws MQClientException {
        producer = new DefaultMQProducer(sender, EmbeddedRocketMq.clientCredentials());
        producer.setNamesrvAddr(nameServer);
        producer.setInstanceName(sender);
        producer.start();
    }

    /** Sends the same message {@code times} times, as a relay that crashed before marking it sent would. */
    public void send(String topic, String tag, long orderId, Object payload, int times) throws Exception {
        byte[] body = codec.encode(payload).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < times; i++) {
            SendStatus status = producer.send(new Message(topic, tag, Long.toString(orderId), body))
                    .getSendStatus();
            if (status != SendStatus.SEND_OK) {
                throw new IllegalStateException("the broker answered " + status);
            }
        }
    }

    @Override
    public void close() {
        producer.shutdown();
    }
}
