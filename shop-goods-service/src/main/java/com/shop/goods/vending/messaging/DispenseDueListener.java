package com.shop.goods.vending.messaging;

import com.shop.common.messaging.MessageCodec;
import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.goods.vending.application.DispenseDeadlines;
import com.shop.goods.vending.application.MachineLeases;
import com.shop.pojo.MessageTopics;
import org.apache.rocketmq.common.message.MessageExt;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.apache.rocketmq.spring.core.RocketMQListener;
import org.springframework.stereotype.Component;

/**
 * A timer of a dispense went off (a message the goods service sent itself when the command went out): a dispense
 * left unanswered past its time fails, once ({@link DispenseDeadlines}), and then the machine is let go, outside the
 * consumer's transaction.
 */
@Component
@RocketMQMessageListener(topic = MessageTopics.GOODS, selectorExpression = DispenseDue.TAG,
        consumerGroup = DispenseDueListener.GROUP, consumeThreadNumber = 2, consumeThreadMax = 2)
public class DispenseDueListener implements RocketMQListener<MessageExt> {

    static final String GROUP = "goods-dispense-due";

    private final IdempotentConsumer consumer;
    private final MessageCodec codec;
    private final DispenseDeadlines deadlines;
    private final MachineLeases leases;

    public DispenseDueListener(IdempotentConsumer consumer, MessageCodec codec, DispenseDeadlines deadlines,
                               MachineLeases leases) {
        this.consumer = consumer;
        this.codec = codec;
        this.deadlines = deadlines;
        this.leases = leases;
    }

    /** A failed release is thrown: the reminder comes again, finds the dispense handled, and releases again. */
    @Override
    public void onMessage(MessageExt message) {
        DispenseDue due = codec.decode(message.getBody(), DispenseDue.class);
        consumer.consume(GROUP, message, DispenseDue.class, event -> deadlines.due(event.getOrderId()));
        leases.releaseUnlessNeeded(due.getInnerCode(), due.getOrderId());
    }
}
