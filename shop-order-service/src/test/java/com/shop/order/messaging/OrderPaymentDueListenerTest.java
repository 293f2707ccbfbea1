package com.shop.order.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.order.OrderServiceTestBase;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderEventPublisher;
import com.shop.order.domain.OrderRepository;
import com.shop.order.support.ParticipantCall;
import com.shop.common.messaging.TestMessages;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import com.shop.pojo.event.OrderPaymentDue;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.pay.PaymentClosure;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payment timeout on the real broker: a timer message written through the outbox wakes the listener, which
 * closes the payment over Dubbo and invalidates the order once, however often the reminder arrives.
 */
class OrderPaymentDueListenerTest extends OrderServiceTestBase {

    @Autowired
    OrderEventPublisher events;
    @Autowired
    OrderRepository orders;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestMessages messages;

    @Test
    void aTimerMessageInvalidatesTheUnpaidOrderWhenItFallsDueAndAnnouncesTheCancel() throws Exception {
        long userId = newId();
        long orderId = insertConfirmedOrder(userId);
        Order order = orders.findById(orderId).orElseThrow();
        Instant dueAt = Instant.now().plusSeconds(3);

        transaction.executeWithoutResult(status -> events.paymentDue(order, dueAt));

        await().atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(outboxStatus(orderId, MessageTopics.ORDER_PAYMENT_DUE)).isEqualTo(1));
        // the broker holds it: a second before it falls due nothing has happened yet
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), dueAt).toMillis() - 1_000));
        assertThat(orderStatus(orderId)).isEqualTo(OrderStatus.CONFIRMED.code());
        assertThat(participants.payments().callsFor(orderId)).isEmpty();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(orderStatus(orderId)).isEqualTo(OrderStatus.INVALID.code());
            assertThat(observedEvents.cancellationsOf(orderId)).isNotEmpty();
        });

        assertThat(orderRow(orderId).get("cancel_reason")).isEqualTo("not paid in time; no payment was opened");
        assertThat(participants.payments().callsFor(orderId))
                .extracting(ParticipantCall::method, ParticipantCall::protocol)
                .containsExactly(Tuple.tuple("closeOrderPayment", "dubbo"));
        assertThat(timeline(orderId)).containsExactly("INVALIDATED");
        assertThat(outboxRows(orderId)).isEqualTo(1);
        OrderCancelled event = observedEvents.cancellationsOf(orderId).get(0);
        assertThat(event.getUserId()).isEqualTo(userId);
        assertThat(event.getGoodsId()).isEqualTo(55);
        assertThat(event.getGoodsNumber()).isEqualTo(2);
        assertThat(event.getCouponId()).isEqualTo(66);
        assertThat(event.getMoneyPaid()).isEqualByComparingTo("15.00");
        assertThat(consumerLog(OrderPaymentDueListener.GROUP, MessageTopics.ORDER_PAYMENT_DUE, orderId))
                .containsEntry("consumer_status", 1).containsEntry("consumer_times", 1);
    }

    @Test
    void aReminderDeliveredTwiceInvalidatesOnce() throws Exception {
        long userId = newId();
        long orderId = insertConfirmedOrder(userId);
        participants.payments().closing(orderId, PaymentClosure.CLOSED);

        messages.send(MessageTopics.ORDER, MessageTopics.ORDER_PAYMENT_DUE, orderId,
                OrderPaymentDue.builder().orderId(orderId).userId(userId).build(), 2);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(orderStatus(orderId)).isEqualTo(OrderStatus.INVALID.code());
            assertThat(outboxStatus(orderId)).isEqualTo(1);
        });
        Thread.sleep(2_000); // room for the second delivery to arrive and be absorbed
        assertThat(orderRow(orderId).get("cancel_reason")).isEqualTo("not paid in time; its payment was closed");
        assertThat(outboxRows(orderId)).isEqualTo(1);
        assertThat(timeline(orderId)).containsExactly("INVALIDATED");
        assertThat(consumerLog(OrderPaymentDueListener.GROUP, MessageTopics.ORDER_PAYMENT_DUE, orderId))
                .containsEntry("consumer_status", 1).containsEntry("consumer_times", 1);
        // the second delivery asks again only if it read the order before the first invalidated it
        assertThat(participants.payments().callsFor(orderId)).hasSizeBetween(1, 2);
    }

    @Test
    void anOrderPaidJustBeforeTheCloseStaysConfirmed() throws Exception {
        long userId = newId();
        long orderId = insertConfirmedOrder(userId);
        participants.payments().closing(orderId, PaymentClosure.PAID);

        messages.send(MessageTopics.ORDER, MessageTopics.ORDER_PAYMENT_DUE, orderId,
                OrderPaymentDue.builder().orderId(orderId).userId(userId).build(), 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(consumerLog(OrderPaymentDueListener.GROUP, MessageTopics.ORDER_PAYMENT_DUE, orderId))
                        .containsEntry("consumer_status", 1));
        assertThat(orderStatus(orderId)).isEqualTo(OrderStatus.CONFIRMED.code());
        assertThat(outboxRows(orderId)).isZero();
        assertThat(timeline(orderId)).isEmpty();
    }

    @Test
    void aPaidOrderIsNeitherClosedNorInvalidated() throws Exception {
        long userId = newId();
        long orderId = insertConfirmedOrder(userId);
        jdbc.update("UPDATE trade_order SET pay_status = 2, pay_time = NOW(3) WHERE order_id = ?", orderId);

        messages.send(MessageTopics.ORDER, MessageTopics.ORDER_PAYMENT_DUE, orderId,
                OrderPaymentDue.builder().orderId(orderId).userId(userId).build(), 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(consumerLog(OrderPaymentDueListener.GROUP, MessageTopics.ORDER_PAYMENT_DUE, orderId))
                        .containsEntry("consumer_status", 1));
        assertThat(participants.payments().callsFor(orderId)).isEmpty();
        assertThat(orderStatus(orderId)).isEqualTo(OrderStatus.CONFIRMED.code());
        assertThat(outboxRows(orderId)).isZero();
    }
}
