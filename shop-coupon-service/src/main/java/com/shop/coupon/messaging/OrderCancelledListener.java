package com.shop.coupon.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.consumer.IdempotentListener;
import com.shop.coupon.application.CouponRedemption;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/** Gives back the coupon a cancelled order spent, once per order. */
@Component
@RocketMQMessageListener(
        topic = MessageTopics.ORDER,
        selectorExpression = MessageTopics.ORDER_CANCELLED,
        consumerGroup = OrderCancelledListener.GROUP,
        consumeThreadNumber = 4,
        consumeThreadMax = 4)
public class OrderCancelledListener extends IdempotentListener<OrderCancelled> {

    static final String GROUP = "coupon-order-cancelled";

    private final CouponRedemption redemption;

    public OrderCancelledListener(IdempotentConsumer consumer, CouponRedemption redemption) {
        super(consumer, OrderCancelled.class);
        this.redemption = redemption;
    }

    @Override
    protected void effect(OrderCancelled event) {
        // an order that named no coupon never calls useCoupon, so there is nothing to release or to fence off
        if (event.getCouponId() != null) {
            redemption.releaseCoupon(event.getOrderId(), event.getCouponId());
        }
    }
}
