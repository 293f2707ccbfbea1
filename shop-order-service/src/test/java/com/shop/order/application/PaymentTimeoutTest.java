package com.shop.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.shop.api.exception.ServiceUnavailableException;
import com.shop.order.domain.OrderTimelineEvent;
import com.shop.order.support.FakePaymentService;
import com.shop.order.support.Journal;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.pay.PaymentClosure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaymentTimeoutTest {

    private static final OrderMeters METERS = new OrderMeters(new SimpleMeterRegistry());

    private static final long ORDER = 815;

    private final Journal journal = new Journal();
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(journal);
    private final RecordingOrderEventPublisher events = new RecordingOrderEventPublisher();
    private final InMemoryOrderTimeline timeline = new InMemoryOrderTimeline();
    private final FakePaymentService payments = new FakePaymentService(journal);
    private final OrderTransitions transitions =
            new OrderTransitions(orders, events, timeline, new OrderProperties(), Clock.systemUTC(), METERS);
    private final PaymentTimeout timeout = new PaymentTimeout(orders, payments, transitions);
    private final OrderFixtures fixtures = new OrderFixtures(orders);

    @Test
    void anUnpaidOrderWithoutPaymentIsInvalidatedAndItsSpendingsGivenBack() {
        fixtures.unpaid(ORDER);

        assertThat(runDue()).isTrue();

        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.INVALID);
        assertThat(orders.stored(ORDER).getCancelReason()).isEqualTo("not paid in time; no payment was opened");
        assertThat(events.cancelled).hasSize(1);
        assertThat(events.cancelled.get(0).order().getMoneyPaid()).isEqualByComparingTo("15.00");
        assertThat(events.cancelled.get(0).order().getCouponId()).isEqualTo(66);
        assertThat(timeline.of(ORDER)).containsExactly(OrderTimelineEvent.INVALIDATED);
    }

    @Test
    void anOrderWhosePaymentWasClosedAtThePlatformIsInvalidated() {
        fixtures.unpaid(ORDER);
        payments.closing(ORDER, PaymentClosure.CLOSED);

        assertThat(runDue()).isTrue();

        assertThat(orders.stored(ORDER).getCancelReason()).isEqualTo("not paid in time; its payment was closed");
    }

    @Test
    void aPaymentMadeJustBeforeTheCloseWinsOverTheTimeout() {
        fixtures.unpaid(ORDER);
        payments.closing(ORDER, PaymentClosure.PAID);

        assertThat(runDue()).isFalse();

        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(events.cancelled).isEmpty();
        assertThat(timeline.of(ORDER)).isEmpty();
    }

    @Test
    void aPaidOrderIsLeftAloneWithoutAskingThePayService() {
        fixtures.paid(ORDER);

        assertThat(timeout.closePaymentIfUnpaid(ORDER)).isEmpty();

        assertThat(journal.entries()).doesNotContain("pay.closeOrderPayment");
        assertThat(orders.stored(ORDER).getPayStatus()).isEqualTo(PayStatus.PAID);
    }

    @Test
    void aClosedOrUnknownOrderIsLeftAlone() {
        fixtures.unpaid(ORDER);
        orders.change(ORDER, order -> order.setOrderStatus(OrderStatus.CANCELLED));

        assertThat(timeout.closePaymentIfUnpaid(ORDER)).isEmpty();
        assertThat(timeout.closePaymentIfUnpaid(ORDER + 1)).isEmpty();
        assertThat(journal.entries()).doesNotContain("pay.closeOrderPayment");
    }

    @Test
    void aRepeatedReminderClosesAgainButInvalidatesOnce() {
        fixtures.unpaid(ORDER);

        assertThat(runDue()).isTrue();
        Optional<PaymentClosure> again = timeout.closePaymentIfUnpaid(ORDER);
        boolean invalidatedAgain = timeout.invalidateUnlessPaid(ORDER, PaymentClosure.NO_PAYMENT);

        assertThat(again).as("an invalid order is not closed again").isEmpty();
        assertThat(invalidatedAgain).isFalse();
        assertThat(events.cancelled).hasSize(1);
    }

    @Test
    void aFailingPayServiceIsThrownAndChangesNothing() {
        fixtures.unpaid(ORDER);
        payments.script.failBefore("closeOrderPayment", () -> new ServiceUnavailableException("platform down"));

        assertThat(catchThrowable(() -> timeout.closePaymentIfUnpaid(ORDER)))
                .isInstanceOf(ServiceUnavailableException.class);
        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(events.cancelled).isEmpty();
    }

    /** What the listener does: close outside, then invalidate. */
    private boolean runDue() {
        PaymentClosure closure = timeout.closePaymentIfUnpaid(ORDER).orElseThrow();
        return timeout.invalidateUnlessPaid(ORDER, closure);
    }
}
