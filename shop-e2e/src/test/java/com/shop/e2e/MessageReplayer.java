package com.shop.e2e;

import com.shop.infra.EmbeddedRocketMq;
import com.shop.pojo.MessageTopics;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.consumer.rebalance.AllocateMessageQueueAveragely;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.common.consumer.ConsumeFromWhere;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.common.message.MessageExt;
import org.awaitility.Awaitility;

/**
 * Delivers every message of the suite twice more, out of order: a consumer group of its own reads each topic, and
 * sends each message again twice, each after a random delay of up to two seconds, so copies overtake each other and
 * the original (an {@code OrderCancelled} before the {@code PaymentSucceeded} it followed, say). The suite's behaviour
 * is unchanged; its consumers must treat the copies as the duplicates they are.
 */
final class MessageReplayer implements AutoCloseable {

    /** Marks a copy, so the replayer does not copy its own copies. */
    static final String COPY = "E2E_COPY";

    private static final List<String> TOPICS =
            List.of(MessageTopics.ORDER, MessageTopics.PAY, MessageTopics.GOODS, MessageTopics.USER);
    private static final int MAX_DELAY_MILLIS = 2_000;

    private final DefaultMQPushConsumer consumer;
    private final DefaultMQProducer producer;
    private final ScheduledExecutorService later = Executors.newScheduledThreadPool(2);
    private final AtomicInteger copiesSent = new AtomicInteger();
    private final AtomicInteger copiesFailed = new AtomicInteger();

    MessageReplayer(String nameServer) throws Exception {
        producer = new DefaultMQProducer("e2e-replayer", EmbeddedRocketMq.clientCredentials());
        producer.setNamesrvAddr(nameServer);
        producer.start();
        consumer = new DefaultMQPushConsumer(
                "e2e-replayer", EmbeddedRocketMq.clientCredentials(), new AllocateMessageQueueAveragely());
        consumer.setNamesrvAddr(nameServer);
        consumer.setConsumeFromWhere(ConsumeFromWhere.CONSUME_FROM_LAST_OFFSET);
        for (String topic : TOPICS) {
            consumer.subscribe(topic, "*");
        }
        consumer.registerMessageListener((MessageListenerConcurrently) (messages, context) -> {
            messages.stream()
                    .filter(message -> message.getUserProperty(COPY) == null)
                    .forEach(this::copyTwice);
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        consumer.start();
        // a new group gets its queues at the next rebalance; copying starts once it has them
        Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> !consumer.getDefaultMQPushConsumerImpl()
                        .getRebalanceImpl()
                        .getProcessQueueTable()
                        .isEmpty());
    }

    private void copyTwice(MessageExt original) {
        for (int copy = 0; copy < 2; copy++) {
            later.schedule(
                    () -> send(original), ThreadLocalRandom.current().nextInt(MAX_DELAY_MILLIS), TimeUnit.MILLISECONDS);
        }
    }

    private void send(MessageExt original) {
        Message copy = new Message(original.getTopic(), original.getTags(), original.getKeys(), original.getBody());
        original.getProperties().forEach((name, value) -> {
            if (name.equals("OUTBOX_ID")) {
                copy.putUserProperty(name, value);
            }
        });
        copy.putUserProperty(COPY, "true");
        try {
            producer.send(copy);
            copiesSent.incrementAndGet();
        } catch (Exception e) {
            copiesFailed.incrementAndGet();
        }
    }

    int copiesSent() {
        return copiesSent.get();
    }

    /** Sends the copies still waiting, then stops. */
    @Override
    public void close() throws InterruptedException {
        consumer.shutdown();
        later.shutdown();
        later.awaitTermination(10, TimeUnit.SECONDS);
        producer.shutdown();
    }
}
