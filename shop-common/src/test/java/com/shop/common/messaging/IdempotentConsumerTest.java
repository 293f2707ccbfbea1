package com.shop.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.pojo.event.OrderCancelled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The consumer log on the real database: one effect per message key, failures recorded and retried. */
class IdempotentConsumerTest extends MessagingTestBase {

    private static final String GROUP = "idempotent-consumer-test";

    @Autowired
    IdempotentConsumer consumer;

    @Autowired
    MessageCodec codec;
    /** The service's own: its writes join the consumer's transaction, as an effect's do. */
    @Autowired
    JdbcTemplate inTransaction;

    @Test
    void aRedeliveredMessageHasItsEffectOnce() {
        MessageExt message = message(UUID.randomUUID().toString());
        AtomicInteger effects = new AtomicInteger();

        assertThat(consumer.consume(GROUP, message, OrderCancelled.class, event -> effects.incrementAndGet()))
                .isTrue();
        assertThat(consumer.consume(GROUP, message, OrderCancelled.class, event -> effects.incrementAndGet()))
                .isFalse();

        assertThat(effects).hasValue(1);
        assertThat(statusOf(message.getKeys())).isEqualTo(1);
    }

    @Test
    void concurrentDeliveriesOfOneMessageApplyItOnce() throws Exception {
        MessageExt message = message(UUID.randomUUID().toString());
        String key = message.getKeys();
        ExecutorService deliveries = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(deliveries.submit(() -> {
                start.await();
                // the effect writes a row of its own in the consumer's transaction, so a double effect shows
                return consumer.consume(
                        GROUP,
                        message,
                        OrderCancelled.class,
                        event -> inTransaction.update(
                                "INSERT INTO trade_goods_number_log (order_id, goods_id, phase, op, goods_number)"
                                        + " VALUES (?, 1, CONCAT('T', FLOOR(RAND() * 1000000)), 'TEST', 1)",
                                event.getOrderId()));
            }));
        }
        start.countDown();
        int applied = 0;
        for (Future<Boolean> result : results) {
            applied += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        deliveries.shutdown();

        assertThat(applied).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM trade_goods_number_log WHERE order_id = ?",
                        Integer.class,
                        orderIdOf(key)))
                .isEqualTo(1);
    }

    @Test
    void aFailingEffectIsRolledBackRecordedAndRetriedLater() {
        MessageExt message = message(UUID.randomUUID().toString());
        long orderId = orderIdOf(message.getKeys());

        assertThatThrownBy(() -> consumer.consume(GROUP, message, OrderCancelled.class, event -> {
                    inTransaction.update(
                            "INSERT INTO trade_goods_number_log (order_id, goods_id, phase, op, goods_number)"
                                    + " VALUES (?, 1, 'FORWARD', 'TEST', 1)",
                            event.getOrderId());
                    throw new IllegalStateException("downstream refused");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(statusOf(message.getKeys())).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT remark FROM trade_mq_consumer_log WHERE group_name = ? AND msg_key = ?",
                        String.class,
                        GROUP,
                        message.getKeys()))
                .contains("downstream refused");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM trade_goods_number_log WHERE order_id = ?", Integer.class, orderId))
                .isZero();

        assertThat(consumer.consume(GROUP, message, OrderCancelled.class, event -> {}))
                .isTrue();
        assertThat(statusOf(message.getKeys())).isEqualTo(1);
    }

    private MessageExt message(String key) {
        long orderId = Math.abs(key.hashCode()) + 1L;
        MessageExt message = new MessageExt();
        message.setTopic("shop-order");
        message.setTags("OrderCancelled");
        message.setKeys(Long.toString(orderId));
        message.setMsgId(UUID.randomUUID().toString());
        message.setBody(
                codec.encode(OrderCancelled.builder().orderId(orderId).build()).getBytes(StandardCharsets.UTF_8));
        return message;
    }

    private static long orderIdOf(String key) {
        return Long.parseLong(key);
    }

    private int statusOf(String key) {
        return jdbc.queryForObject(
                "SELECT consumer_status FROM trade_mq_consumer_log WHERE group_name = ? AND msg_key = ?",
                Integer.class,
                GROUP,
                key);
    }
}
