package com.shop.order.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.consumer.IdempotentListener;
import com.shop.order.application.OrderTransitions;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.VendingDispensed;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/**
 * Marks a vending order shipped once its machine dispensed it, once per order. A dispense that overtook the order's
 * payment fails its delivery ({@link com.shop.order.application.OrderNotYetPaidException}) and is not recorded as
 * done, so the broker delivers it again, with its back-off, until the order has seen the payment; one for an order
 * that can never ship (closed) is recorded and logged.
 */
@Component
@RocketMQMessageListener(
        topic = MessageTopics.GOODS,
        selectorExpression = MessageTopics.VENDING_DISPENSED,
        consumerGroup = VendingDispensedListener.GROUP,
        consumeThreadNumber = 2,
        consumeThreadMax = 2)
public class VendingDispensedListener extends IdempotentListener<VendingDispensed> {

    static final String GROUP = "order-vending-dispensed";

    private final OrderTransitions transitions;

    public VendingDispensedListener(IdempotentConsumer consumer, OrderTransitions transitions) {
        super(consumer, VendingDispensed.class);
        this.transitions = transitions;
    }

    @Override
    protected void effect(VendingDispensed event) {
        transitions.markShipped(event);
    }
}
