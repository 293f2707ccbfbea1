package com.shop.order.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.consumer.IdempotentListener;
import com.shop.order.application.OrderTransitions;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.PaymentSucceeded;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/**
 * Writes each payment on its order's timeline (the course's "pay log"). A group of its own: the log is kept even
 * for a payment the order could no longer take (it arrived after the order was closed, and the pay service
 * refunds it).
 */
@Component
@RocketMQMessageListener(
        topic = MessageTopics.PAY,
        selectorExpression = MessageTopics.PAYMENT_SUCCEEDED,
        consumerGroup = OrderTimelineListener.GROUP,
        consumeThreadNumber = 4,
        consumeThreadMax = 4)
public class OrderTimelineListener extends IdempotentListener<PaymentSucceeded> {

    static final String GROUP = "order-timeline";

    private final OrderTransitions transitions;

    public OrderTimelineListener(IdempotentConsumer consumer, OrderTransitions transitions) {
        super(consumer, PaymentSucceeded.class);
        this.transitions = transitions;
    }

    @Override
    protected void effect(PaymentSucceeded event) {
        transitions.recordPayment(event);
    }
}
