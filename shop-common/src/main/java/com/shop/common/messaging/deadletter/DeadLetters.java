package com.shop.common.messaging.deadletter;

import com.shop.common.messaging.consumer.ConsumerLogEntry;
import com.shop.common.messaging.consumer.ConsumerLogMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import lombok.extern.slf4j.Slf4j;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.common.MixAll;
import org.apache.rocketmq.common.consumer.ConsumeFromWhere;
import org.apache.rocketmq.common.message.MessageConst;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.remoting.RPCHook;
import org.apache.rocketmq.spring.annotation.MessageModel;
import org.apache.rocketmq.spring.support.DefaultRocketMQListenerContainer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * Reads the dead-letter queue ({@code %DLQ%<group>}) of every consumer group the service runs, logs each message it
 * finds there with what is known of why it died, and counts them: a message that failed every redelivery is seen
 * instead of sitting unread. Reading leaves the message where it is, for {@link DeadLetterReplay}. The instances of a
 * service share the reader's consumer group, so one of them logs each dead letter.
 */
@Slf4j
public class DeadLetters implements SmartLifecycle {

    /** The dead letters kept in memory for the health and the actuator endpoint; the log has them all. */
    static final int RECENT = 20;
    /** The broker creates a group's dead-letter topic with one queue, read and write. */
    private static final int DLQ_QUEUES = 1;

    private final ListableBeanFactory beans;
    private final DefaultMQProducer producer;
    private final ObjectProvider<ConsumerLogMapper> consumerLog;
    private final String readerGroup;
    private final String nameServer;
    private final RPCHook credentials;
    private final Map<String, AtomicLong> seen = new ConcurrentHashMap<>();
    private final Deque<DeadLetter> recent = new ConcurrentLinkedDeque<>();
    private DefaultMQPushConsumer reader;
    private volatile boolean running;

    /**
     * @param producer a started producer of the service's, to create the dead-letter topics that do not exist yet
     * @param readerGroup the reader's own consumer group, one per service
     */
    public DeadLetters(
            ListableBeanFactory beans,
            DefaultMQProducer producer,
            ObjectProvider<ConsumerLogMapper> consumerLog,
            String readerGroup,
            String nameServer,
            RPCHook credentials) {
        this.beans = beans;
        this.producer = producer;
        this.consumerLog = consumerLog;
        this.readerGroup = readerGroup;
        this.nameServer = nameServer;
        this.credentials = credentials;
    }

    /** Runs after the listener containers started, so every group of the service is known. */
    @Override
    public synchronized void start() {
        Map<String, String> topicsOfGroups = topicsOfGroups();
        try {
            if (!topicsOfGroups.isEmpty()) {
                topicsOfGroups.forEach(this::ensureQueue);
                reader = startReader(topicsOfGroups.keySet());
                log.info("Reading the dead-letter queues of {}", topicsOfGroups.keySet());
            }
        } catch (MQClientException e) {
            log.error("Could not read the dead-letter queues of {}", topicsOfGroups.keySet(), e);
        }
        running = true;
    }

    /** Consumer groups of the service that get redeliveries and so dead letters, with a topic each reads. */
    private Map<String, String> topicsOfGroups() {
        Map<String, String> groups = new ConcurrentHashMap<>();
        for (DefaultRocketMQListenerContainer container :
                beans.getBeansOfType(DefaultRocketMQListenerContainer.class).values()) {
            if (container.getMessageModel() == MessageModel.CLUSTERING) {
                groups.putIfAbsent(container.getConsumerGroup(), container.getTopic());
            }
        }
        return groups;
    }

    /**
     * The broker creates a group's dead-letter topic when the first message dies, and a consumer subscribed to a topic
     * that does not exist yet finds it only at a route refresh (every 30 s), warning at each until then. So it is
     * created beforehand as the broker would, on the brokers of the group's topic, which are where the broker puts it.
     */
    private void ensureQueue(String group, String topic) {
        String deadLetterTopic = MixAll.getDLQTopic(group);
        try {
            producer.fetchPublishMessageQueues(deadLetterTopic);
        } catch (MQClientException missing) {
            try {
                producer.createTopic(topic, deadLetterTopic, DLQ_QUEUES, Map.of());
                log.info("Created {} on the brokers of {}", deadLetterTopic, topic);
            } catch (MQClientException e) {
                log.warn(
                        "Could not create {} ({}); it is read once the broker creates it",
                        deadLetterTopic,
                        e.toString());
            }
        }
    }

    private DefaultMQPushConsumer startReader(Iterable<String> groups) throws MQClientException {
        DefaultMQPushConsumer consumer = new DefaultMQPushConsumer(readerGroup, credentials);
        consumer.setNamesrvAddr(nameServer);
        // a client of its own, one per process: instances of a service share the group and must be told apart
        consumer.setInstanceName(readerGroup + "-" + ProcessHandle.current().pid());
        // dead letters stored before the reader first ran are read too
        consumer.setConsumeFromWhere(ConsumeFromWhere.CONSUME_FROM_FIRST_OFFSET);
        consumer.setConsumeThreadMin(1);
        consumer.setConsumeThreadMax(1);
        for (String group : groups) {
            consumer.subscribe(MixAll.getDLQTopic(group), "*");
        }
        consumer.registerMessageListener((MessageListenerConcurrently) (messages, context) -> {
            messages.forEach(this::record);
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        consumer.start();
        return consumer;
    }

    private void record(MessageExt message) {
        String group = message.getTopic().substring(MixAll.DLQ_GROUP_TOPIC_PREFIX.length());
        DeadLetter letter = new DeadLetter(
                group,
                originalTopic(message),
                message.getTags(),
                message.getKeys(),
                message.getMsgId(),
                message.getProperty(MessageConst.PROPERTY_ORIGIN_MESSAGE_ID),
                message.getReconsumeTimes(),
                reasonOf(group, message),
                Instant.ofEpochMilli(message.getStoreTimestamp()));
        log.error(
                "Dead letter in {}: topic {}, tags {}, keys {}, message {} (first stored as {}), {} deliveries;"
                        + " last error: {}. Replay it to its group once the cause is fixed (DeadLetterReplay)",
                letter.group(),
                letter.topic(),
                letter.tags(),
                letter.keys(),
                letter.messageId(),
                letter.originMessageId(),
                letter.deliveries(),
                letter.reason());
        seen.computeIfAbsent(group, g -> new AtomicLong()).incrementAndGet();
        recent.addFirst(letter);
        while (recent.size() > RECENT) {
            recent.pollLast();
        }
    }

    private static String originalTopic(MessageExt message) {
        String topic = message.getProperty(MessageConst.PROPERTY_DLQ_ORIGIN_TOPIC);
        return topic != null ? topic : message.getProperty(MessageConst.PROPERTY_RETRY_TOPIC);
    }

    /** The error an idempotent consumer recorded under the message's key; groups without a consumer log have none. */
    private String reasonOf(String group, MessageExt message) {
        ConsumerLogMapper mapper = consumerLog.getIfAvailable();
        if (mapper == null) {
            return "unknown";
        }
        String key = message.getKeys() == null || message.getKeys().isBlank() ? message.getMsgId() : message.getKeys();
        try {
            ConsumerLogEntry entry = mapper.find(group, message.getTags() == null ? "" : message.getTags(), key);
            return entry == null || entry.getRemark() == null ? "unknown" : entry.getRemark();
        } catch (RuntimeException e) {
            return "unknown (consumer log unreadable: " + e + ")";
        }
    }

    /** Dead letters this instance has read since it started, per consumer group. */
    public Map<String, Long> seenByGroup() {
        Map<String, Long> counts = new TreeMap<>();
        seen.forEach((group, count) -> counts.put(group, count.get()));
        return counts;
    }

    public long seen() {
        return seen.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** The latest dead letters, newest first. */
    public List<DeadLetter> recent() {
        return new ArrayList<>(recent);
    }

    @Override
    public synchronized void stop() {
        if (reader != null) {
            reader.shutdown();
            reader = null;
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
