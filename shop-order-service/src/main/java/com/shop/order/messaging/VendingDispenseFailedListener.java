package com.shop.order.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.consumer.IdempotentListener;
import com.shop.order.application.FailedDispenseRefund;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.VendingDispenseFailed;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/**
 * Refunds a paid vending order its machine did not dispense. The refund at the pay service is a remote call, so it
 * runs before the consumer's transaction, never inside it; it is idempotent, so every delivery may make it.
 */
@Component
@RocketMQMessageListener(
        topic = MessageTopics.GOODS,
        selectorExpression = MessageTopics.VENDING_DISPENSE_FAILED,
        consumerGroup = VendingDispenseFailedListener.GROUP,
        consumeThreadNumber = 2,
        consumeThreadMax = 2)
public class VendingDispenseFailedListener extends IdempotentListener<VendingDispenseFailed> {

    static final String GROUP = "order-vending-dispense-failed";

    private final FailedDispenseRefund refund;

    public VendingDispenseFailedListener(IdempotentConsumer consumer, FailedDispenseRefund refund) {
        super(consumer, VendingDispenseFailed.class);
        this.refund = refund;
    }

    @Override
    protected void beforeEffect(VendingDispenseFailed event) {
        refund.refundPayment(event);
    }

    @Override
    protected void effect(VendingDispenseFailed event) {
        refund.refundOrder(event);
    }
}
