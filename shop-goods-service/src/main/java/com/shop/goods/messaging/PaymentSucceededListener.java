package com.shop.goods.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.consumer.IdempotentListener;
import com.shop.goods.application.PaidOrders;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.PaymentSucceeded;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** Hands each paid order to the goods service's paid-order handlers, once per order. */
@Component
@RocketMQMessageListener(
        topic = MessageTopics.PAY,
        selectorExpression = MessageTopics.PAYMENT_SUCCEEDED,
        consumerGroup = PaymentSucceededListener.GROUP,
        consumeThreadNumber = 4,
        consumeThreadMax = 4)
public class PaymentSucceededListener extends IdempotentListener<PaymentSucceeded> {

    static final String GROUP = "goods-payment-succeeded";

    private final PaidOrders paidOrders;

    public PaymentSucceededListener(IdempotentConsumer consumer, PaidOrders paidOrders) {
        super(consumer, PaymentSucceeded.class);
        this.paidOrders = paidOrders;
    }

    @Override
    protected void effect(PaymentSucceeded event) {
        paidOrders.orderPaid(event);
    }
}
