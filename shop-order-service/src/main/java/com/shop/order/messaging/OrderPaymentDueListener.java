package com.shop.order.messaging;

import com.shop.common.messaging.MessageCodec;
import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.order.application.PaymentTimeout;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderPaymentDue;
import com.shop.pojo.pay.PaymentClosure;
import java.util.Optional;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.stereotype.Component;

/** The time to pay an order ran out (a timer message the order service sent itself at confirmation). */
@Component
@RocketMQMessageListener(topic = MessageTopics.ORDER, selectorExpression = MessageTopics.ORDER_PAYMENT_DUE,
        consumerGroup = OrderPaymentDueListener.GROUP, consumeThreadNumber = 4, consumeThreadMax = 4)
public class OrderPaymentDueListener implements RocketMQListener<MessageExt> {

    static final String GROUP = "order-payment-due";

    private final IdempotentConsumer consumer;
    private final MessageCodec codec;
    private final PaymentTimeout timeout;

    public OrderPaymentDueListener(IdempotentConsumer consumer, MessageCodec codec, PaymentTimeout timeout) {
        this.consumer = consumer;
        this.codec = codec;
        this.timeout = timeout;
    }

    /**
     * Closing the payment is a remote call, and the consumer log's transaction must not wait on one: so it runs
     * first, outside, on every delivery that still finds the order unpaid. That is safe because the close is
     * idempotent at the pay service, and a delivery after the order was invalidated (or paid) skips it. The consumer
     * log and the guarded {@code CONFIRMED & unpaid → INVALID} transition then make the invalidation and its
     * {@code OrderCancelled} happen once. A failing close is thrown before anything is written, and RocketMQ
     * delivers the reminder again.
     */
    @Override
    public void onMessage(MessageExt message) {
        long orderId = codec.decode(message.getBody(), OrderPaymentDue.class).getOrderId();
        Optional<PaymentClosure> closure = timeout.closePaymentIfUnpaid(orderId);
        consumer.consume(GROUP, message, OrderPaymentDue.class,
                due -> closure.ifPresent(found -> timeout.invalidateUnlessPaid(due.getOrderId(), found)));
    }
}
