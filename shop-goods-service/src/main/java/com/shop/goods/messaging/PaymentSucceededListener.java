package com.shop.goods.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.goods.application.PaidOrders;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.PaymentSucceeded;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.stereotype.Component;

/** Hands each paid order to the goods service's paid-order handlers, once per order. */
@Component
@RocketMQMessageListener(topic = MessageTopics.PAY, selectorExpression = MessageTopics.PAYMENT_SUCCEEDED,
        consumerGroup = PaymentSucceededListener.GROUP, consumeThreadNumber = 4, consumeThreadMax = 4)
public class PaymentSucceededListener implements RocketMQListener<MessageExt> {

    static final String GROUP = "goods-payment-succeeded";

    private final IdempotentConsumer consumer;
    private final PaidOrders paidOrders;

    public PaymentSucceededListener(IdempotentConsumer consumer, PaidOrders paidOrders) {
        this.consumer = consumer;
        this.paidOrders = paidOrders;
    }

    @Override
    public void onMessage(MessageExt message) {
        consumer.consume(GROUP, message, PaymentSucceeded.class, paidOrders::orderPaid);
    }
}
