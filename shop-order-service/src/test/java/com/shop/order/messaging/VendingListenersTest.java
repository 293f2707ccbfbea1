package com.shop.order.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.common.messaging.TestMessages;
import com.shop.common.messaging.consumer.ConsumerLogEntry;
import com.shop.order.OrderServiceTestBase;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.PaymentSucceeded;
import com.shop.pojo.event.VendingDispenseFailed;
import com.shop.pojo.event.VendingDispensed;
import com.shop.pojo.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Real dispense results from the goods service, each delivered twice: one shipment, one refund. */
class VendingListenersTest extends OrderServiceTestBase {

    private static final String MACHINE = "01000028";

    @Autowired
    TestMessages messages;

    @Test
    void aDispensedOrderIsShippedOnce() throws Exception {
        long orderId = paidVendingOrder();

        messages.send(MessageTopics.GOODS, MessageTopics.VENDING_DISPENSED, orderId, dispensed(orderId), 2);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(orderRow(orderId)).containsEntry("shipping_status", 1));
        Thread.sleep(2_000); // room for the second delivery to arrive and be absorbed
        assertThat(orderRow(orderId)).containsEntry("order_status", OrderStatus.CONFIRMED.code());
        assertThat(timeline(orderId)).containsExactly("SHIPPED");
        assertThat(consumerLog(VendingDispensedListener.GROUP, MessageTopics.VENDING_DISPENSED, orderId))
                .containsEntry("consumer_times", 1);
    }

    @Test
    void aDispenseThatOvertakesItsPaymentIsRetriedUntilTheOrderIsPaidThenShipsIt() throws Exception {
        long userId = newId();
        long orderId = unpaidVendingOrder(userId);

        messages.send(MessageTopics.GOODS, MessageTopics.VENDING_DISPENSED, orderId, dispensed(orderId), 1);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                consumerLog(VendingDispensedListener.GROUP, MessageTopics.VENDING_DISPENSED, orderId))
                        .containsEntry("consumer_status", ConsumerLogEntry.FAILED));
        assertThat(orderRow(orderId)).containsEntry("shipping_status", 0);

        messages.send(
                MessageTopics.PAY,
                MessageTopics.PAYMENT_SUCCEEDED,
                orderId,
                PaymentSucceeded.builder()
                        .payId(9002L)
                        .orderId(orderId)
                        .userId(userId)
                        .payAmount(new BigDecimal("30.00"))
                        .transactionId("4200000043")
                        .paidAt(new Date())
                        .build(),
                1);

        // the broker redelivers a failed message after 10 s, then 30 s
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(orderRow(orderId))
                        .containsEntry("pay_status", 2)
                        .containsEntry("shipping_status", 1));
        assertThat(consumerLog(VendingDispensedListener.GROUP, MessageTopics.VENDING_DISPENSED, orderId))
                .containsEntry("consumer_status", ConsumerLogEntry.SUCCEEDED);
        assertThat(timeline(orderId)).contains("SHIPPED");
    }

    @Test
    void aDispenseOfAnOrderThatCanNeverShipIsRecordedAndLeavesItAlone() throws Exception {
        long orderId = unpaidVendingOrder(newId());
        jdbc.update(
                "UPDATE trade_order SET order_status = 4, pay_status = 2, cancel_reason = 'refunded' "
                        + "WHERE order_id = ?",
                orderId);

        messages.send(MessageTopics.GOODS, MessageTopics.VENDING_DISPENSED, orderId, dispensed(orderId), 1);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                consumerLog(VendingDispensedListener.GROUP, MessageTopics.VENDING_DISPENSED, orderId))
                        .containsEntry("consumer_status", ConsumerLogEntry.SUCCEEDED));
        assertThat(orderRow(orderId))
                .containsEntry("order_status", OrderStatus.REFUNDED.code())
                .containsEntry("shipping_status", 0);
        assertThat(timeline(orderId)).isEmpty();
    }

    @Test
    void aFailedDispenseIsRefundedOnceAndGivesTheMachineBackThroughTheCancelFanOut() throws Exception {
        long orderId = paidVendingOrder();

        messages.send(
                MessageTopics.GOODS,
                MessageTopics.VENDING_DISPENSE_FAILED,
                orderId,
                VendingDispenseFailed.builder()
                        .orderId(orderId)
                        .innerCode(MACHINE)
                        .reason("motor jammed in A1")
                        .build(),
                2);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(orderRow(orderId)).containsEntry("order_status", OrderStatus.REFUNDED.code()));
        Thread.sleep(2_000);
        assertThat(participants.payments().refunded(orderId)).isTrue();
        // two deliveries at once may both ask the pay service, which refunds once: the order moves once
        assertThat(participants.payments().callsFor(orderId)).hasSizeBetween(1, 2);
        assertThat(outboxRows(orderId)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT msg_body FROM trade_mq_producer_temp WHERE msg_key = ? AND msg_tag = ?",
                        String.class,
                        Long.toString(orderId),
                        MessageTopics.ORDER_CANCELLED))
                .contains("\"innerCode\":\"" + MACHINE);
        assertThat(timeline(orderId)).containsExactly("REFUNDED");
    }

    private long paidVendingOrder() {
        long orderId = unpaidVendingOrder(newId());
        jdbc.update(
                "UPDATE trade_order SET pay_status = 2, pay_time = NOW(3), pay_deadline = NULL WHERE order_id = ?",
                orderId);
        return orderId;
    }

    private long unpaidVendingOrder(long userId) {
        long orderId = insertConfirmedOrder(userId);
        jdbc.update("UPDATE trade_order SET inner_code = ? WHERE order_id = ?", MACHINE, orderId);
        return orderId;
    }

    private static VendingDispensed dispensed(long orderId) {
        return VendingDispensed.builder()
                .orderId(orderId)
                .innerCode(MACHINE)
                .channelCode("A1")
                .dispensedAt(new Date())
                .build();
    }
}
