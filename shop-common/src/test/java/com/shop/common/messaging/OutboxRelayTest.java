package com.shop.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.shop.common.messaging.outbox.OutboxMapper;
import com.shop.common.messaging.outbox.OutboxPoller;
import com.shop.common.messaging.outbox.OutboxWriter;
import com.shop.pojo.event.OrderCancelled;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.stream.IntStream;
import org.apache.rocketmq.client.consumer.DefaultMQPushConsumer;
import org.apache.rocketmq.client.consumer.listener.ConsumeConcurrentlyStatus;
import org.apache.rocketmq.client.consumer.listener.MessageListenerConcurrently;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox on the real database and broker: sent after commit, never without commit, re-sent when left behind. */
class OutboxRelayTest extends MessagingTestBase {

    private static final String TOPIC = "shop-order";
    private static final String TAG = "OutboxRelayTest";
    private static final List<MessageExt> received = new CopyOnWriteArrayList<>();
    private static final Map<String, Instant> receivedAt = new ConcurrentHashMap<>();
    private static DefaultMQPushConsumer consumer;

    @Autowired
    OutboxWriter outbox;

    @Autowired
    OutboxMapper outboxMapper;

    @Autowired
    OutboxPoller poller;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    @Qualifier("outboxRelayExecutor")
    ExecutorService relayThreads;

    @BeforeAll
    static void subscribe() throws Exception {
        consumer = new DefaultMQPushConsumer("outbox-relay-test", com.shop.infra.EmbeddedRocketMq.clientCredentials());
        consumer.setNamesrvAddr(
                com.shop.infra.TestInfrastructure.springProperties("goods").get("rocketmq.name-server"));
        consumer.subscribe(TOPIC, TAG);
        consumer.registerMessageListener((MessageListenerConcurrently) (messages, context) -> {
            received.addAll(messages);
            messages.forEach(m -> receivedAt.putIfAbsent(m.getKeys(), Instant.now()));
            return ConsumeConcurrentlyStatus.CONSUME_SUCCESS;
        });
        consumer.start();
    }

    @AfterAll
    static void unsubscribe() {
        consumer.shutdown();
    }

    @Test
    void theOutboxIsOnlyWrittenInsideATransaction() {
        assertThatThrownBy(() -> outbox.append(TOPIC, TAG, "k", event(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCommittedMessageIsSentAndMarkedSent() {
        String key = UUID.randomUUID().toString();

        transaction.executeWithoutResult(status -> outbox.append(TOPIC, TAG, key, event(7)));

        await().atMost(Duration.ofSeconds(30)).until(() -> bodiesWithKey(key).size() == 1);
        assertThat(bodiesWithKey(key).get(0)).contains("\"orderId\":7").contains("\"moneyPaid\":12.30");
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(key) == 1);
    }

    @Test
    void aBurstOfMessagesIsSentAndEveryRowMarkedSent() {
        List<String> keys = IntStream.range(0, 60)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList();

        transaction.executeWithoutResult(status -> keys.forEach(key -> outbox.append(TOPIC, TAG, key, event(9))));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> keys.stream().allMatch(key -> bodiesWithKey(key).size() == 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> keys.stream().allMatch(key -> statusOf(key) == 1));
    }

    @Test
    void aRolledBackMessageIsNeitherKeptNorSent() throws Exception {
        String key = UUID.randomUUID().toString();

        transaction.executeWithoutResult(status -> {
            outbox.append(TOPIC, TAG, key, event(8));
            status.setRollbackOnly();
        });

        Thread.sleep(3_000);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM trade_mq_producer_temp WHERE msg_key = ?", Integer.class, key))
                .isZero();
        assertThat(bodiesWithKey(key)).isEmpty();
    }

    @Test
    void aRowLeftBehindIsSentByThePoller() {
        String key = UUID.randomUUID().toString();
        // as if the service crashed between commit and send: the row exists, nobody relayed it
        jdbc.update(
                "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body, msg_status,"
                        + " attempts, create_time) VALUES (?, 'test', ?, ?, ?, '{\"orderId\":9}', 0, 0, NOW(3) - INTERVAL 1 MINUTE)",
                UUID.randomUUID().toString(),
                TOPIC,
                TAG,
                key);

        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(key) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> bodiesWithKey(key).size() == 1);
    }

    @Test
    void concurrentPollersShareLeftRowsWithoutSendingEachManyTimes() throws Exception {
        List<String> keys = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 40; i++) {
            String key = "poll-" + UUID.randomUUID();
            keys.add(key);
            jdbc.update(
                    "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body,"
                            + " msg_status, attempts, create_time) VALUES (?, 'test', ?, ?, ?, '{}', 0, 0, NOW(3) - INTERVAL 1 MINUTE)",
                    UUID.randomUUID().toString(),
                    TOPIC,
                    TAG,
                    key);
        }
        ExecutorService pollers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> rounds = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 4; i++) {
            rounds.add(pollers.submit(poller::relayPending));
        }
        pollers.shutdown();

        await().atMost(Duration.ofSeconds(30)).until(() -> keys.stream().allMatch(key -> statusOf(key) == 1));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> keys.stream().allMatch(key -> bodiesWithKey(key).size() >= 1));
        Map<String, Integer> deliveries = new ConcurrentHashMap<>();
        received.stream()
                .filter(m -> keys.contains(m.getKeys()))
                .forEach(m -> deliveries.merge(m.getKeys(), 1, Integer::sum));
        // a lease is exclusive while it lasts: the four racing pollers never sent a row twice
        assertThat(deliveries.values()).allMatch(count -> count == 1);
    }

    @Test
    void aRowThePollerTookIsNotSentAgainByTheLateRelay() throws Exception {
        String key = UUID.randomUUID().toString();
        // every relay thread busy: the row's after-commit send waits in the queue until the poller has sent it
        CountDownLatch release = new CountDownLatch(1);
        int threads = ((ThreadPoolExecutor) relayThreads).getMaximumPoolSize();
        CountDownLatch busy = new CountDownLatch(threads);
        for (int i = 0; i < threads; i++) {
            relayThreads.execute(() -> {
                busy.countDown();
                awaitQuietly(release);
            });
        }
        busy.await();

        transaction.executeWithoutResult(status -> outbox.append(TOPIC, TAG, key, event(11)));
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(key) == 1);
        release.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> idle((ThreadPoolExecutor) relayThreads));

        // a second send would have arrived by now; the first did long ago
        Thread.sleep(3_000);
        assertThat(bodiesWithKey(key)).hasSize(1);
    }

    @Test
    void aScheduledMessageArrivesNoEarlierThanAsked() {
        String key = UUID.randomUUID().toString();
        Instant deliverAt = Instant.now().plusSeconds(3);

        transaction.executeWithoutResult(status -> outbox.appendScheduled(TOPIC, TAG, key, event(10), deliverAt));

        await().atMost(Duration.ofSeconds(30)).until(() -> bodiesWithKey(key).size() == 1);
        // the broker's timer wheel ticks once a second
        assertThat(receivedAt.get(key)).isAfterOrEqualTo(deliverAt.minusMillis(1_000));
    }

    private static boolean idle(ThreadPoolExecutor executor) {
        return executor.getQueue().isEmpty() && executor.getActiveCount() == 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int statusOf(String key) {
        return jdbc
                .queryForList("SELECT msg_status FROM trade_mq_producer_temp WHERE msg_key = ?", Integer.class, key)
                .stream()
                .findFirst()
                .orElse(-1);
    }

    private static List<String> bodiesWithKey(String key) {
        return received.stream()
                .filter(m -> key.equals(m.getKeys()))
                .map(m -> new String(m.getBody(), StandardCharsets.UTF_8))
                .toList();
    }

    private static OrderCancelled event(long orderId) {
        return OrderCancelled.builder()
                .orderId(orderId)
                .userId(1L)
                .goodsId(2L)
                .goodsNumber(3)
                .moneyPaid(new java.math.BigDecimal("12.30"))
                .reason("test")
                .build();
    }
}
