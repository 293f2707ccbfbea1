package com.shop.order.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.order.application.OrderTransitions;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.PaymentSucceeded;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.stereotype.Component;

/** Marks a confirmed order paid when its payment succeeded, once per order. */
@Component
@RocketMQMessageListener(topic = MessageTopics.PAY, selectorExpression = MessageTopics.PAYMENT_SUCCEEDED,
        consumerGroup = PaymentSucceededListener.GROUP, consumeThreadNumber = 4, consumeThreadMax = 4)
public class PaymentSucceededListener implements RocketMQListener<MessageExt> {

    static final String GROUP = "order-payment-succeeded";

    private final IdempotentConsumer consumer;
    private final OrderTransitions transitions;

    public PaymentSucceededListener(IdempotentConsumer consumer, OrderTransitions transitions) {
        this.consumer = consumer;
        this.transitions = transitions;
    }

    @Override
    public void onMessage(MessageExt message) {
        consumer.consume(GROUP, message, PaymentSucceeded.class, transitions::markPaid);
    }
}
