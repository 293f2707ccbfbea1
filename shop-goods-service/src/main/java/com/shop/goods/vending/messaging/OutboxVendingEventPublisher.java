package com.shop.goods.vending.messaging;

import com.shop.common.messaging.outbox.OutboxWriter;
import com.shop.goods.vending.domain.VendingEventPublisher;
import com.shop.goods.vending.domain.VendingOrder;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.VendingDispenseFailed;
import com.shop.pojo.event.VendingDispensed;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Vending events through the goods outbox: written in the transaction of the change, relayed to RocketMQ after it
 * commits. The key is the order id, which is what consumers deduplicate on; a dispense's timers, of which an order
 * may have several, each have a key of their own.
 */
@Component
public class OutboxVendingEventPublisher implements VendingEventPublisher {

    private final OutboxWriter outbox;

    public OutboxVendingEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void dispenseRequested(VendingOrder order, Instant requestedAt, Duration timeout) {
        DispenseRequested event = DispenseRequested.builder()
                .orderId(order.getOrderId())
                .innerCode(order.getInnerCode())
                .channelCode(order.getChannelCode())
                .goodsId(order.getGoodsId())
                .requestedAt(Date.from(requestedAt))
                .timeoutSeconds((int) Math.max(1, timeout.toSeconds()))
                .build();
        outbox.append(MessageTopics.GOODS, DispenseRequested.TAG, key(order), event);
    }

    /**
     * A RocketMQ timer message: the broker holds it until {@code dueAt}, then delivers it to this service. Its key is
     * unique, {@code <orderId>:<random>}, so no timer is taken for a repeat of an earlier one of the same order.
     */
    @Override
    public void dispenseDue(VendingOrder order, Instant dueAt) {
        DispenseDue event = DispenseDue.builder()
                .orderId(order.getOrderId())
                .innerCode(order.getInnerCode())
                .build();
        String key = key(order) + ":" + UUID.randomUUID();
        outbox.appendScheduled(MessageTopics.GOODS, DispenseDue.TAG, key, event, dueAt);
    }

    @Override
    public void dispensed(VendingOrder order, Instant dispensedAt) {
        VendingDispensed event = VendingDispensed.builder()
                .orderId(order.getOrderId())
                .innerCode(order.getInnerCode())
                .channelCode(order.getChannelCode())
                .dispensedAt(Date.from(dispensedAt))
                .build();
        outbox.append(MessageTopics.GOODS, MessageTopics.VENDING_DISPENSED, key(order), event);
    }

    @Override
    public void dispenseFailed(VendingOrder order, String reason) {
        VendingDispenseFailed event = VendingDispenseFailed.builder()
                .orderId(order.getOrderId())
                .innerCode(order.getInnerCode())
                .reason(reason)
                .build();
        outbox.append(MessageTopics.GOODS, MessageTopics.VENDING_DISPENSE_FAILED, key(order), event);
    }

    private static String key(VendingOrder order) {
        return Long.toString(order.getOrderId());
    }
}
