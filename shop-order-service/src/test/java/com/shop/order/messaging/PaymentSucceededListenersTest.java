package com.shop.order.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.common.messaging.TestMessages;
import com.shop.order.OrderServiceTestBase;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.PaymentSucceeded;
import com.shop.pojo.order.OrderStatus;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Real PaymentSucceeded messages, each delivered twice, mark the order paid and write its timeline once. */
class PaymentSucceededListenersTest extends OrderServiceTestBase {

    /** The platform's time_end has whole seconds. */
    private static final Instant PAID_AT = Instant.parse("2026-11-22T08:30:15Z");

    @Autowired
    TestMessages messages;

    @Test
    void aDuplicatedPaymentMarksTheOrderPaidOnceAndItStaysConfirmed() throws Exception {
        long userId = newId();
        long orderId = insertConfirmedOrder(userId);

        messages.send(MessageTopics.PAY, MessageTopics.PAYMENT_SUCCEEDED, orderId, payment(orderId, userId), 2);

        awaitBothConsumers(orderId);
        assertThat(orderRow(orderId))
                .containsEntry("order_status", OrderStatus.CONFIRMED.code())
                .containsEntry("pay_status", 2);
        assertThat(jdbc.queryForObject("SELECT pay_time FROM trade_order WHERE order_id = ?", Timestamp.class, orderId)
                        .toInstant())
                .isEqualTo(PAID_AT);
        assertThat(orderRow(orderId))
                .as("the payment that paid it, WeChat's when the event names no channel")
                .containsEntry("pay_id", 9001L)
                .containsEntry("pay_channel", "WECHAT")
                .containsEntry("transaction_id", "4200000042");
        assertThat(timeline(orderId)).containsExactly("PAID");
        assertThat(jdbc.queryForObject("SELECT detail FROM trade_order_log WHERE order_id = ?", String.class, orderId))
                .isEqualTo("payment 9001 of 30.00, transaction 4200000042");
        assertThat(consumerLog(PaymentSucceededListener.GROUP, MessageTopics.PAYMENT_SUCCEEDED, orderId))
                .containsEntry("consumer_times", 1);
        assertThat(consumerLog(OrderTimelineListener.GROUP, MessageTopics.PAYMENT_SUCCEEDED, orderId))
                .containsEntry("consumer_times", 1);
        assertThat(outboxRows(orderId)).isZero();
    }

    @Test
    void aPaymentArrivingAfterTheOrderWasInvalidatedLeavesTheOrderAloneButIsLogged() throws Exception {
        long userId = newId();
        long orderId = insertConfirmedOrder(userId);
        jdbc.update(
                "UPDATE trade_order SET order_status = 3, cancel_reason = 'not paid in time' WHERE order_id = ?",
                orderId);

        messages.send(MessageTopics.PAY, MessageTopics.PAYMENT_SUCCEEDED, orderId, payment(orderId, userId), 1);

        awaitBothConsumers(orderId);
        assertThat(orderRow(orderId))
                .containsEntry("order_status", OrderStatus.INVALID.code())
                .containsEntry("pay_status", 0);
        assertThat(orderRow(orderId).get("pay_time")).isNull();
        assertThat(orderRow(orderId).get("pay_id")).isNull();
        assertThat(timeline(orderId)).containsExactly("PAID");
    }

    private void awaitBothConsumers(long orderId) throws InterruptedException {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(consumerLog(PaymentSucceededListener.GROUP, MessageTopics.PAYMENT_SUCCEEDED, orderId))
                    .containsEntry("consumer_status", 1);
            assertThat(consumerLog(OrderTimelineListener.GROUP, MessageTopics.PAYMENT_SUCCEEDED, orderId))
                    .containsEntry("consumer_status", 1);
        });
        Thread.sleep(2_000); // room for a second delivery to arrive and be absorbed
    }

    private static PaymentSucceeded payment(long orderId, long userId) {
        return PaymentSucceeded.builder()
                .payId(9001L)
                .orderId(orderId)
                .userId(userId)
                .payAmount(new BigDecimal("30.00"))
                .transactionId("4200000042")
                .paidAt(Date.from(PAID_AT))
                .build();
    }
}
