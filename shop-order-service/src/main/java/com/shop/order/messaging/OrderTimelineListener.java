package com.shop.order.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.order.application.OrderTransitions;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.PaymentSucceeded;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.stereotype.Component;

/**
 * Writes each payment on its order's timeline (the course's "pay log"). A group of its own: the log is kept even
 * for a payment the order could no longer take (it arrived after the order was closed, and the pay service
 * refunds it).
 */
@Component
@RocketMQMessageListener(topic = MessageTopics.PAY, selectorExpression = MessageTopics.PAYMENT_SUCCEEDED,
        consumerGroup = OrderTimelineListener.GROUP, consumeThreadNumber = 4, consumeThreadMax = 4)
public class OrderTimelineListener implements RocketMQListener<MessageExt> {

    static final String GROUP = "order-timeline";

    private final IdempotentConsumer consumer;
    private final OrderTransitions transitions;

    public OrderTimelineListener(IdempotentConsumer consumer, OrderTransitions transitions) {
        this.consumer = consumer;
        this.transitions = transitions;
    }

    @Override
    public void onMessage(MessageExt message) {
        consumer.consume(GROUP, message, PaymentSucceeded.class, transitions::recordPayment);
    }
}
