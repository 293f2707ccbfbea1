package com.shop.order.support;

import com.shop.common.messaging.MessageCodec;
import com.shop.infra.EmbeddedRocketMq;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import lombok.extern.slf4j.Slf4j;
import org.apache.rocketmq.client.consumer.DefaultLitePullConsumer;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.common.message.MessageQueue;

/**
 * What the broker really holds on the order topic, by message key: a consumer of its own group reading every queue
 * from the beginning. It takes the queues itself instead of waiting for a rebalance, so it starts reading as soon
 * as the topic has a route.
 */
@Slf4j
public class ObservedOrderEvents implements AutoCloseable {

    private final DefaultLitePullConsumer consumer;
    private final MessageCodec codec = new MessageCodec();
    private final Map<String, List<OrderCancelled>> cancelled = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean running = true;

    public ObservedOrderEvents(String nameServer) throws MQClientException {
        consumer = new DefaultLitePullConsumer("order-service-test-observer", EmbeddedRocketMq.clientCredentials());
        consumer.setNamesrvAddr(nameServer);
        consumer.setInstanceName("order-service-test-observer");
        consumer.start();
        reader = new Thread(this::read, "observed-order-events");
        reader.setDaemon(true);
        reader.start();
    }

    public List<OrderCancelled> cancellationsOf(long orderId) {
        return List.copyOf(cancelled.getOrDefault(Long.toString(orderId), List.of()));
    }

    private void read() {
        try {
            startFromTheBeginning();
            while (running) {
                for (MessageExt message : consumer.poll(200)) {
                    if (MessageTopics.ORDER_CANCELLED.equals(message.getTags())) {
                        cancelled
                                .computeIfAbsent(message.getKeys(), key -> new CopyOnWriteArrayList<>())
                                .add(codec.decode(message.getBody(), OrderCancelled.class));
                    }
                }
            }
        } catch (RuntimeException e) {
            if (running) {
                log.error("Observing the order topic stopped", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Takes every queue of the topic from its first message. Until the broker has registered the topic with the name
     * server, and while its first connections are made, these calls fail: they are retried.
     */
    private void startFromTheBeginning() throws InterruptedException {
        while (running) {
            try {
                Collection<MessageQueue> queues = consumer.fetchMessageQueues(MessageTopics.ORDER);
                if (!queues.isEmpty()) {
                    consumer.assign(queues);
                    for (MessageQueue queue : queues) {
                        consumer.seekToBegin(queue);
                    }
                    return;
                }
            } catch (MQClientException notReadyYet) {
                log.debug("Order topic not readable yet: {}", notReadyYet.getMessage());
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join(5_000);
        consumer.shutdown();
    }
}
