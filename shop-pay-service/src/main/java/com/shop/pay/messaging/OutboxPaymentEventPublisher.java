package com.shop.pay.messaging;

import com.shop.common.messaging.outbox.OutboxWriter;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentEventPublisher;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.PaymentSucceeded;
import org.springframework.stereotype.Component;

/**
 * Payment events through the outbox: written in the transaction that marks the payment paid, relayed to RocketMQ
 * after it commits. The key is the order id, which is what consumers deduplicate on.
 */
@Component
public class OutboxPaymentEventPublisher implements PaymentEventPublisher {

    private final OutboxWriter outbox;

    public OutboxPaymentEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void paymentSucceeded(Payment paid) {
        PaymentSucceeded event = PaymentSucceeded.builder()
                .payId(paid.getPayId())
                .orderId(paid.getOrderId())
                .userId(paid.getUserId())
                .payAmount(paid.getPayAmount())
                .transactionId(paid.getTransactionId())
                .channel(paid.channel())
                .paidAt(paid.getPayTime())
                .build();
        outbox.append(MessageTopics.PAY, MessageTopics.PAYMENT_SUCCEEDED, Long.toString(paid.getOrderId()), event);
    }
}
