package com.shop.user.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.PaymentSucceeded;
import com.shop.user.application.PointsAccrual;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.stereotype.Component;

/** Credits the points a paid order earns, once per order. */
@Component
@RocketMQMessageListener(topic = MessageTopics.PAY, selectorExpression = MessageTopics.PAYMENT_SUCCEEDED,
        consumerGroup = PaymentSucceededListener.GROUP, consumeThreadNumber = 4, consumeThreadMax = 4)
public class PaymentSucceededListener implements RocketMQListener<MessageExt> {

    static final String GROUP = "user-payment-succeeded";

    private final IdempotentConsumer consumer;
    private final PointsAccrual points;

    public PaymentSucceededListener(IdempotentConsumer consumer, PointsAccrual points) {
        this.consumer = consumer;
        this.points = points;
    }

    @Override
    public void onMessage(MessageExt message) {
        consumer.consume(GROUP, message, PaymentSucceeded.class,
                payment -> points.creditPaidOrder(payment.getOrderId(), payment.getUserId(), payment.getPayAmount()));
    }
}
