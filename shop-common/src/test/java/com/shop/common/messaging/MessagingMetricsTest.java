package com.shop.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.outbox.OutboxBacklog;
import com.shop.common.messaging.outbox.OutboxRelay;
import com.shop.common.messaging.outbox.OutboxWriter;
import com.shop.pojo.event.OrderCancelled;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The messaging meters on the real database and broker, read from a real Micrometer registry. */
class MessagingMetricsTest extends MessagingTestBase {

    private static final String TOPIC = "shop-order";
    private static final String TAG = "MessagingMetricsTest";
    private static final String GROUP = "messaging-metrics-test";
    private static ReceivedMessages received;

    @Autowired
    OutboxWriter outbox;

    @Autowired
    OutboxBacklog backlog;

    @Autowired
    IdempotentConsumer consumer;

    @Autowired
    MessageCodec codec;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void subscribe() throws Exception {
        received = ReceivedMessages.subscribe(GROUP, TOPIC, TAG);
    }

    @AfterAll
    static void unsubscribe() {
        received.close();
    }

    @Test
    void aRelayedMessageIsTimedAtTheSendAndItsLagAtTheEffect() {
        long sentBefore = sendTimer("sent").count();
        String key = UUID.randomUUID().toString();

        transaction.executeWithoutResult(status -> outbox.append(TOPIC, TAG, key, event(11)));
        MessageExt message = received.awaitKey(key);

        assertThat(sendTimer("sent").count()).isGreaterThan(sentBefore);
        assertThat(message.getUserProperty(OutboxRelay.WRITTEN_AT_PROPERTY)).isNotNull();
        long lagsBefore = lag(TAG).count();
        assertThat(consumer.consume(GROUP, message, OrderCancelled.class, event -> {}))
                .isTrue();
        assertThat(lag(TAG).count()).isEqualTo(lagsBefore + 1);
    }

    @Test
    void theLagCountsFromTheRowsWritingNotFromTheDelivery() {
        MessageExt message = message(UUID.randomUUID().toString());
        message.putUserProperty(OutboxRelay.WRITTEN_AT_PROPERTY, Long.toString(System.currentTimeMillis() - 90_000));

        consumer.consume(GROUP, message, OrderCancelled.class, event -> {});

        assertThat(lag("OrderCancelled").max(TimeUnit.SECONDS)).isGreaterThanOrEqualTo(90);
    }

    @Test
    void aFailedEffectIsCountedAndSoIsItsRedelivery() {
        MessageExt message = message(UUID.randomUUID().toString());
        double failuresBefore = counter("shop.messaging.failures");
        double retriesBefore = counter("shop.messaging.retries");

        assertThatThrownBy(() -> consumer.consume(GROUP, message, OrderCancelled.class, event -> {
                    throw new IllegalStateException("not yet");
                }))
                .hasMessage("not yet");
        message.setReconsumeTimes(1);
        assertThat(consumer.consume(GROUP, message, OrderCancelled.class, event -> {}))
                .isTrue();

        assertThat(counter("shop.messaging.failures")).isEqualTo(failuresBefore + 1);
        assertThat(counter("shop.messaging.retries")).isEqualTo(retriesBefore + 1);
    }

    @Test
    void theBacklogGaugesShowTheLastCountOfUnsentAndParkedRows() {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body, msg_status,"
                        + " attempts, create_time) VALUES (?, 'test', 'shop-order', ?, ?, '{}', 2, 10, NOW(3))",
                id,
                TAG,
                id);

        backlog.count();

        long parked =
                jdbc.queryForObject("SELECT COUNT(*) FROM trade_mq_producer_temp WHERE msg_status = 2", Long.class);
        assertThat(parked).isPositive();
        assertThat(meters.get("shop.outbox.parked").gauge().value()).isEqualTo(parked);
        assertThat(meters.get("shop.outbox.backlog").gauge().value()).isGreaterThanOrEqualTo(0);
        jdbc.update("DELETE FROM trade_mq_producer_temp WHERE id = ?", id);
    }

    private Timer sendTimer(String outcome) {
        return Timer.builder("shop.outbox.send")
                .tag("topic", TOPIC)
                .tag("outcome", outcome)
                .register(meters);
    }

    private Timer lag(String tag) {
        return Timer.builder("shop.messaging.lag")
                .tag("group", GROUP)
                .tag("tag", tag)
                .register(meters);
    }

    private double counter(String name) {
        return meters.find(name).tag("group", GROUP).counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    private MessageExt message(String key) {
        MessageExt message = new MessageExt();
        message.setTopic(TOPIC);
        message.setTags("OrderCancelled");
        message.setKeys(key);
        message.setMsgId(UUID.randomUUID().toString());
        message.setBornTimestamp(System.currentTimeMillis());
        message.setBody(codec.encode(event(12)).getBytes(StandardCharsets.UTF_8));
        return message;
    }

    private static OrderCancelled event(long orderId) {
        return OrderCancelled.builder().orderId(orderId).build();
    }
}
