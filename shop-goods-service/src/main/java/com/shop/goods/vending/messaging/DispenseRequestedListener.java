package com.shop.goods.vending.messaging;

import com.shop.common.messaging.MessageCodec;
import com.shop.goods.vending.application.DispenseCommandDispatcher;
import com.shop.pojo.MessageTopics;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.stereotype.Component;

/**
 * Sends the machine its command for each dispense the goods service requested of itself. No consumer log here: the
 * effect is an MQTT publish, which must not wait inside a database transaction, and sending it again is safe (the
 * command goes out only while the dispense is awaited, and machines deduplicate by order). A failed publish is
 * thrown, and RocketMQ delivers the request again.
 */
@Component
@RocketMQMessageListener(
        topic = MessageTopics.GOODS,
        selectorExpression = DispenseRequested.TAG,
        consumerGroup = DispenseRequestedListener.GROUP,
        consumeThreadNumber = 4,
        consumeThreadMax = 4)
public class DispenseRequestedListener implements RocketMQListener<MessageExt> {

    static final String GROUP = "goods-dispense-command";

    private final MessageCodec codec;
    private final DispenseCommandDispatcher dispatcher;

    public DispenseRequestedListener(MessageCodec codec, DispenseCommandDispatcher dispatcher) {
        this.codec = codec;
        this.dispatcher = dispatcher;
    }

    @Override
    public void onMessage(MessageExt message) {
        DispenseRequested request = codec.decode(message.getBody(), DispenseRequested.class);
        dispatcher.sendIfDispensing(request.getOrderId());
    }
}
