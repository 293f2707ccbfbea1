package com.shop.user.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.consumer.IdempotentListener;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import com.shop.user.application.PointsAccrual;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/**
 * Takes back the points a cancelled order earned, once per order. A group of its own: when the points cannot be taken
 * (the user no longer has them), only this step fails and is delivered again, while the balance refund of
 * {@link OrderCancelledListener} stays done.
 */
@Component
@RocketMQMessageListener(
        topic = MessageTopics.ORDER,
        selectorExpression = MessageTopics.ORDER_CANCELLED,
        consumerGroup = OrderCancelledPointsListener.GROUP,
        consumeThreadNumber = 2,
        consumeThreadMax = 2)
public class OrderCancelledPointsListener extends IdempotentListener<OrderCancelled> {

    static final String GROUP = "user-order-cancelled-points";

    private final PointsAccrual points;

    public OrderCancelledPointsListener(IdempotentConsumer consumer, PointsAccrual points) {
        super(consumer, OrderCancelled.class);
        this.points = points;
    }

    @Override
    protected void effect(OrderCancelled event) {
        points.revokeCancelledOrder(event.getOrderId(), event.getUserId());
    }
}
