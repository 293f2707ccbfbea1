package com.shop.pay.messaging;

import com.shop.common.messaging.MessageCodec;
import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.pay.application.CancelledOrderPayments;
import com.shop.pay.domain.Refund;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import java.util.ArrayList;
import java.util.List;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.stereotype.Component;

/**
 * Closes or refunds the payments that a cancelled order still has. The platform is asked outside the consumer's
 * transaction: the close before it (a failure is thrown, so the broker delivers the cancellation again), the refund
 * after it committed.
 */
@Component
@RocketMQMessageListener(
        topic = MessageTopics.ORDER,
        selectorExpression = MessageTopics.ORDER_CANCELLED,
        consumerGroup = OrderCancelledListener.GROUP,
        consumeThreadNumber = 2,
        consumeThreadMax = 2)
public class OrderCancelledListener implements RocketMQListener<MessageExt> {

    static final String GROUP = "pay-order-cancelled";

    private final IdempotentConsumer consumer;
    private final MessageCodec codec;
    private final CancelledOrderPayments cancelledOrderPayments;

    public OrderCancelledListener(
            IdempotentConsumer consumer, MessageCodec codec, CancelledOrderPayments cancelledOrderPayments) {
        this.consumer = consumer;
        this.codec = codec;
        this.cancelledOrderPayments = cancelledOrderPayments;
    }

    @Override
    public void onMessage(MessageExt message) {
        long orderId = codec.decode(message.getBody(), OrderCancelled.class).getOrderId();
        cancelledOrderPayments.closePayment(orderId);
        List<Refund> refunds = new ArrayList<>();
        consumer.consume(
                GROUP,
                message,
                OrderCancelled.class,
                event -> refunds.addAll(cancelledOrderPayments.recordRefunds(event.getOrderId())));
        refunds.forEach(cancelledOrderPayments::askRefund);
    }
}
