package com.shop.order.messaging;

import com.shop.common.messaging.outbox.OutboxWriter;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderEventPublisher;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import org.springframework.stereotype.Component;

/**
 * Order events through the outbox: written in the transaction of the change, relayed to RocketMQ after it commits.
 * The key is the order id, which is what consumers deduplicate on.
 */
@Component
public class OutboxOrderEventPublisher implements OrderEventPublisher {

    private final OutboxWriter outbox;

    public OutboxOrderEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void orderCancelled(Order order, String reason) {
        OrderCancelled event = OrderCancelled.builder()
                .orderId(order.getOrderId())
                .userId(order.getUserId())
                .goodsId(order.getGoodsId())
                .goodsNumber(order.getGoodsNumber())
                .couponId(order.getCouponId())
                .moneyPaid(order.getMoneyPaid())
                .reason(reason)
                .innerCode(order.getInnerCode())
                .build();
        outbox.append(MessageTopics.ORDER, MessageTopics.ORDER_CANCELLED, Long.toString(order.getOrderId()), event);
    }
}
