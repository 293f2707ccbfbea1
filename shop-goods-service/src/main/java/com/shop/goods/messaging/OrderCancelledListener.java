package com.shop.goods.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.consumer.IdempotentListener;
import com.shop.goods.application.CancelledOrderCompensation;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** Gives back what a cancelled order took, once per order: its stock, or its vending unit and machine. */
@Component
@RocketMQMessageListener(
        topic = MessageTopics.ORDER,
        selectorExpression = MessageTopics.ORDER_CANCELLED,
        consumerGroup = OrderCancelledListener.GROUP,
        consumeThreadNumber = 4,
        consumeThreadMax = 4)
public class OrderCancelledListener extends IdempotentListener<OrderCancelled> {

    static final String GROUP = "goods-order-cancelled";

    private final CancelledOrderCompensation compensation;

    public OrderCancelledListener(IdempotentConsumer consumer, CancelledOrderCompensation compensation) {
        super(consumer, OrderCancelled.class);
        this.compensation = compensation;
    }

    @Override
    protected void effect(OrderCancelled event) {
        compensation.undo(event);
    }

    /**
     * The machine's lease is a ZooKeeper call, so it is released after the consumer's transaction, on every delivery;
     * when that fails, the message comes again, its undo is found done, and the release is tried again.
     */
    @Override
    protected void afterEffect(OrderCancelled event) {
        compensation.releaseMachine(event);
    }
}
