package com.shop.user.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.consumer.IdempotentListener;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.PaymentSucceeded;
import com.shop.user.application.PointsAccrual;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** Credits the points a paid order earns, once per order. */
@Component
@RocketMQMessageListener(
        topic = MessageTopics.PAY,
        selectorExpression = MessageTopics.PAYMENT_SUCCEEDED,
        consumerGroup = PaymentSucceededListener.GROUP,
        consumeThreadNumber = 4,
        consumeThreadMax = 4)
public class PaymentSucceededListener extends IdempotentListener<PaymentSucceeded> {

    static final String GROUP = "user-payment-succeeded";

    private final PointsAccrual points;

    public PaymentSucceededListener(IdempotentConsumer consumer, PointsAccrual points) {
        super(consumer, PaymentSucceeded.class);
        this.points = points;
    }

    @Override
    protected void effect(PaymentSucceeded event) {
        points.creditPaidOrder(event.getOrderId(), event.getUserId(), event.getPayAmount());
    }
}
