package com.shop.goods.vending.messaging;

import com.shop.common.messaging.consumer.IdempotentConsumer;
import com.shop.common.messaging.consumer.IdempotentListener;
import com.shop.goods.vending.application.DispenseDeadlines;
import com.shop.goods.vending.application.MachineLeases;
import com.shop.pojo.MessageTopics;
import org.apache.rocketmq.spring.annotation.RocketMQMessageListener;
import org.springframework.stereotype.Component;

/**
 * A timer of a dispense went off (a message the goods service sent itself when the command went out): a dispense
 * left unanswered past its time fails, once ({@link DispenseDeadlines}), and then the machine is let go, outside the
 * consumer's transaction.
 */
@Component
@RocketMQMessageListener(
        topic = MessageTopics.GOODS,
        selectorExpression = DispenseDue.TAG,
        consumerGroup = DispenseDueListener.GROUP,
        consumeThreadNumber = 2,
        consumeThreadMax = 2)
public class DispenseDueListener extends IdempotentListener<DispenseDue> {

    static final String GROUP = "goods-dispense-due";

    private final DispenseDeadlines deadlines;
    private final MachineLeases leases;

    public DispenseDueListener(IdempotentConsumer consumer, DispenseDeadlines deadlines, MachineLeases leases) {
        super(consumer, DispenseDue.class);
        this.deadlines = deadlines;
        this.leases = leases;
    }

    @Override
    protected void effect(DispenseDue event) {
        deadlines.due(event.getOrderId());
    }

    /** A failed release is thrown: the reminder comes again, finds the dispense handled, and releases again. */
    @Override
    protected void afterEffect(DispenseDue event) {
        leases.releaseUnlessNeeded(event.getInnerCode(), event.getOrderId());
    }
}
