package com.shop.order.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.consumer.IdempotentListener;
import com.shop.order.application.OrderTransitions;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.PaymentSucceeded;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** Marks a confirmed order paid when its payment succeeded, once per order. */
@Component
@RocketMQMessageListener(
        topic = MessageTopics.PAY,
        selectorExpression = MessageTopics.PAYMENT_SUCCEEDED,
        consumerGroup = PaymentSucceededListener.GROUP,
        consumeThreadNumber = 4,
        consumeThreadMax = 4)
public class PaymentSucceededListener extends IdempotentListener<PaymentSucceeded> {

    static final String GROUP = "order-payment-succeeded";

    private final OrderTransitions transitions;

    public PaymentSucceededListener(IdempotentConsumer consumer, OrderTransitions transitions) {
        super(consumer, PaymentSucceeded.class);
        this.transitions = transitions;
    }

    @Override
    protected void effect(PaymentSucceeded event) {
        transitions.markPaid(event);
    }
}
