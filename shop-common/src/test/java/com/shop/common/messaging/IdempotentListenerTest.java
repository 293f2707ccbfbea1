package com.shop.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.consumer.IdempotentListener;
import com.shop.pojo.event.OrderCancelled;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The listener base on the real database: its annotation's group, the effect once, the steps around it always. */
class IdempotentListenerTest extends MessagingTestBase {

    @Autowired
    IdempotentConsumer consumer;

    @Autowired
    MessageCodec codec;

    @Test
    void theEffectRunsOnceAndTheStepsAroundItOnEveryDelivery() {
        Recording listener = new Recording(consumer);
        MessageExt message = message();

        listener.onMessage(message);
        listener.onMessage(message);

        long orderId = Long.parseLong(message.getKeys());
        assertThat(listener.steps)
                .containsExactly(
                        "before " + orderId,
                        "effect " + orderId,
                        "after " + orderId,
                        "before " + orderId,
                        "after " + orderId);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM trade_mq_consumer_log WHERE group_name = ? AND msg_key = ?",
                        Integer.class,
                        "idempotent-listener-test",
                        message.getKeys()))
                .isEqualTo(1);
    }

    @Test
    void aFailedEffectSkipsTheStepAfterItAndIsThrownForRedelivery() {
        Recording listener = new Recording(consumer);
        listener.failEffect = true;

        assertThatThrownBy(() -> listener.onMessage(message())).hasMessage("effect failed");
        assertThat(listener.steps).hasSize(1).allMatch(step -> step.startsWith("before "));
    }

    @Test
    void aListenerWithoutItsAnnotationIsRefused() {
        assertThatThrownBy(() -> new IdempotentListener<>(consumer, OrderCancelled.class) {
                    @Override
                    protected void effect(OrderCancelled event) {}
                })
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@RocketMQMessageListener");
    }

    private MessageExt message() {
        long orderId = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1;
        MessageExt message = new MessageExt();
        message.setTopic("shop-order");
        message.setTags("OrderCancelled");
        message.setKeys(Long.toString(orderId));
        message.setMsgId(UUID.randomUUID().toString());
        message.setBody(
                codec.encode(OrderCancelled.builder().orderId(orderId).build()).getBytes(StandardCharsets.UTF_8));
        return message;
    }

    @RocketMQMessageListener(topic = "shop-order", consumerGroup = "idempotent-listener-test")
    static class Recording extends IdempotentListener<OrderCancelled> {

        final List<String> steps = new CopyOnWriteArrayList<>();
        boolean failEffect;

        Recording(IdempotentConsumer consumer) {
            super(consumer, OrderCancelled.class);
        }

        @Override
        protected void beforeEffect(OrderCancelled event) {
            steps.add("before " + event.getOrderId());
        }

        @Override
        protected void effect(OrderCancelled event) {
            if (failEffect) {
                throw new IllegalStateException("effect failed");
            }
            steps.add("effect " + event.getOrderId());
        }

        @Override
        protected void afterEffect(OrderCancelled event) {
            steps.add("after " + event.getOrderId());
        }
    }
}
