package com.shop.goods.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.goods.application.StockManagement;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.stereotype.Component;

/** Gives back the stock a cancelled order took, once per order. */
@Component
@RocketMQMessageListener(topic = MessageTopics.ORDER, selectorExpression = MessageTopics.ORDER_CANCELLED,
        consumerGroup = OrderCancelledListener.GROUP, consumeThreadNumber = 4, consumeThreadMax = 4)
public class OrderCancelledListener implements RocketMQListener<MessageExt> {

    static final String GROUP = "goods-order-cancelled";

    private final IdempotentConsumer consumer;
    private final StockManagement stock;

    public OrderCancelledListener(IdempotentConsumer consumer, StockManagement stock) {
        this.consumer = consumer;
        this.stock = stock;
    }

    @Override
    public void onMessage(MessageExt message) {
        consumer.consume(GROUP, message, OrderCancelled.class,
                event -> stock.restoreStock(event.getOrderId(), event.getGoodsId()));
    }
}
