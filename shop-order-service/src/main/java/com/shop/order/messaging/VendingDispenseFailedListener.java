package com.shop.order.messaging;

import com.shop.common.messaging.MessageCodec;
import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.order.application.FailedDispenseRefund;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.VendingDispenseFailed;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.stereotype.Component;

/**
 * Refunds a paid vending order its machine did not dispense. The refund at the pay service is a remote call, so it
 * runs before the consumer's transaction, never inside it; it is idempotent, so every delivery may make it.
 */
@Component
@RocketMQMessageListener(topic = MessageTopics.GOODS, selectorExpression = MessageTopics.VENDING_DISPENSE_FAILED,
        consumerGroup = VendingDispenseFailedListener.GROUP, consumeThreadNumber = 2, consumeThreadMax = 2)
public class VendingDispenseFailedListener implements RocketMQListener<MessageExt> {

    static final String GROUP = "order-vending-dispense-failed";

    private final IdempotentConsumer consumer;
    private final MessageCodec codec;
    private final FailedDispenseRefund refund;

    public VendingDispenseFailedListener(IdempotentConsumer consumer, MessageCodec codec, FailedDispenseRefund refund) {
        this.consumer = consumer;
        this.codec = codec;
        this.refund = refund;
    }

    @Override
    public void onMessage(MessageExt message) {
        refund.refundPayment(codec.decode(message.getBody(), VendingDispenseFailed.class));
        consumer.consume(GROUP, message, VendingDispenseFailed.class, refund::refundOrder);
    }
}
