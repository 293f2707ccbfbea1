package com.shop.user.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import com.shop.user.application.PointsAccrual;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.stereotype.Component;

/**
 * Takes back the points a cancelled order earned, once per order. A group of its own: when the points cannot be taken
 * (the user no longer has them), only this step fails and is delivered again, while the balance refund of
 * {@link OrderCancelledListener} stays done.
 */
@Component
@RocketMQMessageListener(topic = MessageTopics.ORDER, selectorExpression = MessageTopics.ORDER_CANCELLED,
        consumerGroup = OrderCancelledPointsListener.GROUP, consumeThreadNumber = 2, consumeThreadMax = 2)
public class OrderCancelledPointsListener implements RocketMQListener<MessageExt> {

    static final String GROUP = "user-order-cancelled-points";

    private final IdempotentConsumer consumer;
    private final PointsAccrual points;

    public OrderCancelledPointsListener(IdempotentConsumer consumer, PointsAccrual points) {
        this.consumer = consumer;
        this.points = points;
    }

    @Override
    public void onMessage(MessageExt message) {
        consumer.consume(GROUP, message, OrderCancelled.class,
                event -> points.revokeCancelledOrder(event.getOrderId(), event.getUserId()));
    }
}
