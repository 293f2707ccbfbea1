package com.shop.order.application;

import static com.shop.order.application.OrderFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderTimelineEvent;
import com.shop.order.support.FakePaymentService;
import com.shop.order.support.Journal;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.order.ShippingStatus;
import com.shop.pojo.pay.PaymentClosure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderCancellationTest {

    private static final OrderMeters METERS = new OrderMeters(new SimpleMeterRegistry());

    private static final long ORDER = 4711;
    private static final long OPERATOR = 3;

    private final Journal journal = new Journal();
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(journal);
    private final RecordingOrderEventPublisher events = new RecordingOrderEventPublisher();
    private final InMemoryOrderTimeline timeline = new InMemoryOrderTimeline();
    private final FakePaymentService payments = new FakePaymentService(journal);
    private final OrderTransitions transitions =
            new OrderTransitions(orders, events, timeline, new OrderProperties(), Clock.systemUTC(), METERS);
    private final OrderCancellation cancellation = new OrderCancellation(
            new OrderQueries(orders), payments, transitions, new AskedRefund(payments, transitions));
    private final OrderFixtures fixtures = new OrderFixtures(orders);

    @ParameterizedTest
    @EnumSource(
            value = PaymentClosure.class,
            names = {"NO_PAYMENT", "CLOSED"})
    void anUnpaidOrderIsCancelledOnceItsPaymentIsClosed(PaymentClosure closure) {
        fixtures.unpaid(ORDER);
        payments.closing(ORDER, closure);

        Order cancelled = cancellation.cancel(USER, ORDER);

        assertThat(cancelled.getOrderStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.getPayStatus()).isEqualTo(PayStatus.UNPAID);
        assertThat(cancelled.getCancelReason()).isEqualTo(OrderCancellation.CANCEL_REASON);
        assertThat(journalAfterConfirm()).containsExactly("pay.closeOrderPayment", "order.cancelUnpaid");
        assertAnnouncedOnce(OrderTimelineEvent.CANCELLED);
        assertThat(payments.refunded(ORDER)).isFalse();
    }

    @Test
    void anUnpaidOrderThePlatformSaysWasPaidMeanwhileIsRefunded() {
        fixtures.unpaid(ORDER);
        payments.closing(ORDER, PaymentClosure.PAID);

        Order refunded = cancellation.cancel(USER, ORDER);

        assertThat(refunded.getOrderStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.getPayStatus())
                .as("it was paid before it was refunded")
                .isEqualTo(PayStatus.PAID);
        assertThat(refunded.getPayTime()).isNotNull();
        assertThat(journalAfterConfirm())
                .containsExactly("pay.closeOrderPayment", "order.askRefund", "pay.refundOrderPayment", "order.refund");
        assertAnnouncedOnce(OrderTimelineEvent.REFUNDED);
        assertThat(payments.refunded(ORDER)).isTrue();
    }

    @Test
    void aPaidOrderIsRefundedThroughThePayServiceThenMarkedRefunded() {
        fixtures.paid(ORDER);

        Order refunded = cancellation.cancel(USER, ORDER);

        assertThat(refunded.getOrderStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.getCancelReason()).isEqualTo(OrderCancellation.REFUND_REASON);
        assertThat(journalAfterConfirm())
                .as("the refund is recorded on the order before it is asked, so the order is not shipped after it")
                .containsExactly("order.askRefund", "pay.refundOrderPayment", "order.refund");
        assertAnnouncedOnce(OrderTimelineEvent.REFUNDED);
    }

    @Test
    void anOrderPaidInFullByCouponAndBalanceIsRefundedWithoutThePayService() {
        fixtures.paidInFull(ORDER);

        Order refunded = cancellation.cancel(USER, ORDER);

        assertThat(refunded.getOrderStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(journal.entries()).noneMatch(entry -> entry.startsWith("pay."));
        assertAnnouncedOnce(OrderTimelineEvent.REFUNDED);
        assertThat(events.cancelled.get(0).order().getMoneyPaid()).isEqualByComparingTo("30.00");
    }

    @Test
    void cancellingTwiceIsHarmless() {
        fixtures.paid(ORDER);

        Order first = cancellation.cancel(USER, ORDER);
        Order second = cancellation.cancel(USER, ORDER);

        assertThat(second).isEqualTo(first);
        assertThat(journal.entries()).containsOnlyOnce("pay.refundOrderPayment");
        assertAnnouncedOnce(OrderTimelineEvent.REFUNDED);
    }

    @ParameterizedTest
    @EnumSource(
            value = OrderStatus.class,
            names = {"CANCELLED", "INVALID", "REFUNDED"})
    void aClosedOrderIsReturnedAsItIs(OrderStatus status) {
        fixtures.unpaid(ORDER);
        orders.change(ORDER, order -> order.setOrderStatus(status));
        Order before = orders.stored(ORDER);

        assertThat(cancellation.cancel(USER, ORDER)).isEqualTo(before);
        assertThat(journalAfterConfirm()).isEmpty();
        assertThat(events.cancelled).isEmpty();
    }

    @Test
    void aShippedOrderIsNotCancelled() {
        fixtures.shipped(ORDER);

        IllegalOrderStateException refusal =
                catchThrowableOfType(IllegalOrderStateException.class, () -> cancellation.cancel(USER, ORDER));

        assertThat(refusal).hasMessageContaining("shipped");
        assertThat(refusal.getOrderId()).isEqualTo(ORDER);
        assertNothingHappened(OrderStatus.CONFIRMED);
    }

    @Test
    void aShipmentThatWinsTheRaceIsAnsweredAsShippedAndNothingIsRefunded() {
        fixtures.paid(ORDER);
        orders.script.failBefore("askRefund", () -> {
            transitions.ship(orders.stored(ORDER), OPERATOR);
            return null;
        });

        IllegalOrderStateException refusal =
                catchThrowableOfType(IllegalOrderStateException.class, () -> cancellation.cancel(USER, ORDER));

        assertThat(refusal).hasMessageContaining("shipped");
        assertThat(payments.refunded(ORDER)).isFalse();
        assertThat(orders.stored(ORDER).getShippingStatus()).isEqualTo(ShippingStatus.SHIPPED);
        assertThat(events.cancelled).isEmpty();
    }

    @Test
    void anOrderWhoseRefundWasAskedIsNeverShippedAndTheNextCancelRefundsIt() {
        fixtures.paid(ORDER);
        payments.script.failBefore(
                "refundOrderPayment", () -> new ServiceUnavailableException("the payment platform did not answer"));
        assertThat(catchThrowableOfType(ServiceUnavailableException.class, () -> cancellation.cancel(USER, ORDER)))
                .isNotNull();

        assertThat(transitions.ship(orders.stored(ORDER), OPERATOR)).isFalse();
        assertThat(orders.stored(ORDER).getShippingStatus()).isEqualTo(ShippingStatus.NOT_SHIPPED);

        payments.script.failBefore("refundOrderPayment", () -> null);
        assertThat(cancellation.cancel(USER, ORDER).getOrderStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertAnnouncedOnce(OrderTimelineEvent.REFUNDED);
    }

    @Test
    void aReceivedOrderIsNotCancelled() {
        fixtures.shipped(ORDER);
        transitions.receive(orders.stored(ORDER));

        assertThat(catchThrowableOfType(IllegalOrderStateException.class, () -> cancellation.cancel(USER, ORDER)))
                .hasMessageContaining("shipped");
        assertThat(payments.refunded(ORDER)).isFalse();
        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void anOrderStillBeingConfirmedIsNotCancelled() {
        fixtures.unconfirmed(ORDER);

        assertThat(catchThrowableOfType(IllegalOrderStateException.class, () -> cancellation.cancel(USER, ORDER)))
                .hasMessageContaining("being confirmed");
        assertNothingHappened(OrderStatus.UNCONFIRMED);
    }

    @Test
    void anotherUsersOrderOrAnUnknownOneDoesNotExist() {
        fixtures.unpaid(ORDER);

        assertThat(catchThrowableOfType(OrderNotFoundException.class, () -> cancellation.cancel(USER + 1, ORDER)))
                .isNotNull();
        assertThat(catchThrowableOfType(OrderNotFoundException.class, () -> cancellation.cancel(USER, ORDER + 1)))
                .isNotNull();
        assertNothingHappened(OrderStatus.CONFIRMED);
    }

    @Test
    void anUnreachablePayServiceWhileClosingLeavesTheOrderUnchanged() {
        fixtures.unpaid(ORDER);
        payments.script.failBefore(
                "closeOrderPayment",
                () -> new RpcException(RpcException.TIMEOUT_EXCEPTION, "Waiting server-side response timeout"));

        ServiceUnavailableException failure =
                catchThrowableOfType(ServiceUnavailableException.class, () -> cancellation.cancel(USER, ORDER));

        assertThat(failure.getOrderId()).isEqualTo(ORDER);
        assertThat(failure).hasMessageContaining("unchanged");
        assertNothingHappened(OrderStatus.CONFIRMED);
    }

    @Test
    void aRefundTheGatewayCouldNotMakeLeavesThePaidOrderUnchanged() {
        fixtures.paid(ORDER);
        payments.script.failBefore(
                "refundOrderPayment", () -> new ServiceUnavailableException("the payment platform did not answer"));

        assertThat(catchThrowableOfType(ServiceUnavailableException.class, () -> cancellation.cancel(USER, ORDER)))
                .hasMessage("the payment platform did not answer");
        assertNothingHappened(OrderStatus.CONFIRMED);
        assertThat(orders.stored(ORDER).getPayStatus()).isEqualTo(PayStatus.PAID);
    }

    @Test
    void aRefundThatTimedOutAfterItRanIsRepeatedByTheNextCancel() {
        fixtures.paid(ORDER);
        int[] calls = {0};
        payments.script.failAfter(
                "refundOrderPayment",
                () -> ++calls[0] == 1
                        ? new RpcException(RpcException.TIMEOUT_EXCEPTION, "Waiting server-side response timeout")
                        : null);

        assertThat(catchThrowableOfType(ServiceUnavailableException.class, () -> cancellation.cancel(USER, ORDER)))
                .isNotNull();
        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);

        assertThat(cancellation.cancel(USER, ORDER).getOrderStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertAnnouncedOnce(OrderTimelineEvent.REFUNDED);
    }

    @Test
    void aTimeoutThatInvalidatedTheOrderWhileItsPaymentWasClosedWins() {
        fixtures.unpaid(ORDER);
        payments.script.failBefore("closeOrderPayment", () -> {
            transitions.invalidateUnpaid(orders.stored(ORDER), PaymentTimeout.REASON);
            return null;
        });

        Order result = cancellation.cancel(USER, ORDER);

        assertThat(result.getOrderStatus()).isEqualTo(OrderStatus.INVALID);
        assertThat(result.getCancelReason()).isEqualTo(PaymentTimeout.REASON);
        assertAnnouncedOnce(OrderTimelineEvent.INVALIDATED);
    }

    @Test
    void aPaymentAppliedWhileItWasClosedStillEndsRefunded() {
        fixtures.unpaid(ORDER);
        payments.closing(ORDER, PaymentClosure.PAID);
        payments.script.failAfter("refundOrderPayment", () -> {
            orders.markPaid(ORDER, null); // the PaymentSucceeded consumer got there first
            return null;
        });

        assertThat(cancellation.cancel(USER, ORDER).getOrderStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertAnnouncedOnce(OrderTimelineEvent.REFUNDED);
    }

    private void assertAnnouncedOnce(OrderTimelineEvent event) {
        assertThat(events.cancelled).hasSize(1);
        RecordingOrderEventPublisher.Cancelled cancelled = events.cancelled.get(0);
        Order stored = orders.stored(ORDER);
        assertThat(cancelled.order().getOrderId()).isEqualTo(ORDER);
        assertThat(cancelled.order().getUserId()).isEqualTo(USER);
        assertThat(cancelled.order().getGoodsId()).isEqualTo(55);
        assertThat(cancelled.order().getCouponId()).isEqualTo(66);
        assertThat(cancelled.reason()).isEqualTo(stored.getCancelReason());
        assertThat(timeline.of(ORDER)).containsExactly(event);
        assertThat(timeline.detail(ORDER, event)).isEqualTo(stored.getCancelReason());
    }

    private void assertNothingHappened(OrderStatus status) {
        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(status);
        assertThat(events.cancelled).isEmpty();
        assertThat(timeline.of(ORDER)).isEmpty();
    }

    /** What happened after the fixture stored and confirmed the order. */
    private List<String> journalAfterConfirm() {
        return journal.entries().stream()
                .filter(entry -> !entry.equals("order.insert") && !entry.equals("order.confirm"))
                .toList();
    }
}
