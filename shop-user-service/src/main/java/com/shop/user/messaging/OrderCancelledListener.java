package com.shop.user.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.consumer.IdempotentListener;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import com.shop.user.application.BalanceManagement;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/**
 * Refunds the balance a cancelled order paid, once per order. Taking back the order's points is another group's
 * ({@link OrderCancelledPointsListener}), so that a failure of one never undoes or holds up the other.
 */
@Component
@RocketMQMessageListener(
        topic = MessageTopics.ORDER,
        selectorExpression = MessageTopics.ORDER_CANCELLED,
        consumerGroup = OrderCancelledListener.GROUP,
        consumeThreadNumber = 4,
        consumeThreadMax = 4)
public class OrderCancelledListener extends IdempotentListener<OrderCancelled> {

    static final String GROUP = "user-order-cancelled";

    private final BalanceManagement balance;

    public OrderCancelledListener(IdempotentConsumer consumer, BalanceManagement balance) {
        super(consumer, OrderCancelled.class);
        this.balance = balance;
    }

    @Override
    protected void effect(OrderCancelled event) {
        // an order that used no balance never calls reduceBalance; the amount itself comes from the money log
        if (event.getMoneyPaid() != null && event.getMoneyPaid().signum() > 0) {
            balance.refundBalance(event.getOrderId(), event.getUserId());
        }
    }
}
