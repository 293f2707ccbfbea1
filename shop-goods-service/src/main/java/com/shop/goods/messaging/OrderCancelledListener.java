package com.shop.goods.messaging;

import com.shop.common.messaging.MessageCodec;
import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.goods.application.CancelledOrderCompensation;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.stereotype.Component;

/** Gives back what a cancelled order took, once per order: its stock, or its vending unit and machine. */
@Component
@RocketMQMessageListener(topic = MessageTopics.ORDER, selectorExpression = MessageTopics.ORDER_CANCELLED,
        consumerGroup = OrderCancelledListener.GROUP, consumeThreadNumber = 4, consumeThreadMax = 4)
public class OrderCancelledListener implements RocketMQListener<MessageExt> {

    static final String GROUP = "goods-order-cancelled";

    private final IdempotentConsumer consumer;
    private final MessageCodec codec;
    private final CancelledOrderCompensation compensation;

    public OrderCancelledListener(IdempotentConsumer consumer, MessageCodec codec,
                                  CancelledOrderCompensation compensation) {
        this.consumer = consumer;
        this.codec = codec;
        this.compensation = compensation;
    }

    /**
     * The machine's lease is a ZooKeeper call, so it is released after the consumer's transaction, on every delivery;
     * when that fails, the message comes again, its undo is found done, and the release is tried again.
     */
    @Override
    public void onMessage(MessageExt message) {
        OrderCancelled cancelled = codec.decode(message.getBody(), OrderCancelled.class);
        consumer.consume(GROUP, message, OrderCancelled.class, compensation::undo);
        compensation.releaseMachine(cancelled);
    }
}
