package com.shop.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.order.domain.OrderTimelineEvent;
import com.shop.order.support.Journal;
import com.shop.pojo.event.PaymentSucceeded;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.PayStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The payment side of an order's transitions: applying a payment and writing it on the timeline. */
class OrderTransitionsTest {

    private static final OrderMeters METERS = new OrderMeters(new SimpleMeterRegistry());

    private static final long ORDER = 99;
    private static final Date PAID_AT = Date.from(Instant.parse("2026-11-22T10:05:00Z"));

    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(new Journal());
    private final RecordingOrderEventPublisher events = new RecordingOrderEventPublisher();
    private final InMemoryOrderTimeline timeline = new InMemoryOrderTimeline();
    private final OrderTransitions transitions =
            new OrderTransitions(orders, events, timeline, new OrderProperties(), Clock.systemUTC(), METERS);
    private final OrderFixtures fixtures = new OrderFixtures(orders);

    @Test
    void aPaymentMarksTheConfirmedOrderPaidOnceAndItStaysConfirmed() {
        fixtures.unpaid(ORDER);

        assertThat(transitions.markPaid(payment())).isTrue();
        assertThat(transitions.markPaid(payment())).isFalse();

        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(orders.stored(ORDER).getPayStatus()).isEqualTo(PayStatus.PAID);
        assertThat(orders.stored(ORDER).getPayTime()).isEqualTo(PAID_AT);
        assertThat(events.cancelled).isEmpty();
    }

    @Test
    void aPaymentForAnOrderNoLongerConfirmedChangesNothing() {
        fixtures.unpaid(ORDER);
        orders.change(ORDER, order -> order.setOrderStatus(OrderStatus.INVALID));
        fixtures.unconfirmed(ORDER + 1);

        assertThat(transitions.markPaid(payment())).isFalse();
        assertThat(transitions.markPaid(payment(ORDER + 1))).isFalse();
        assertThat(transitions.markPaid(payment(ORDER + 2))).isFalse();

        assertThat(orders.stored(ORDER).getPayStatus()).isEqualTo(PayStatus.UNPAID);
        assertThat(orders.stored(ORDER + 1).getPayStatus()).isEqualTo(PayStatus.UNPAID);
    }

    @Test
    void thePaymentIsWrittenOnTheTimelineOnce() {
        assertThat(transitions.recordPayment(payment())).isTrue();
        assertThat(transitions.recordPayment(payment())).isFalse();

        assertThat(timeline.of(ORDER)).containsExactly(OrderTimelineEvent.PAID);
        assertThat(timeline.detail(ORDER, OrderTimelineEvent.PAID))
                .isEqualTo("payment 123 of 30.00, transaction 4200000001");
    }

    private static PaymentSucceeded payment() {
        return payment(ORDER);
    }

    private static PaymentSucceeded payment(long orderId) {
        return PaymentSucceeded.builder()
                .payId(123L)
                .orderId(orderId)
                .userId(OrderFixtures.USER)
                .payAmount(new BigDecimal("30.00"))
                .transactionId("4200000001")
                .paidAt(PAID_AT)
                .build();
    }
}
