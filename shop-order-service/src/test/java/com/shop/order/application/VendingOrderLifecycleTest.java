package com.shop.order.application;

import static com.shop.order.application.OrderFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderTimelineEvent;
import com.shop.order.support.FakePaymentService;
import com.shop.order.support.Journal;
import com.shop.pojo.event.PaymentSucceeded;
import com.shop.pojo.event.VendingDispenseFailed;
import com.shop.pojo.event.VendingDispensed;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.ShippingStatus;
import com.shop.pojo.pay.PaymentClosure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.Test;

/** A vending order after confirmation: dispensed (shipped), failed (refunded), cancelled by its buyer. */
class VendingOrderLifecycleTest {

    private static final OrderMeters METERS = new OrderMeters(new SimpleMeterRegistry());

    private static final long ORDER = 8088;

    private final Journal journal = new Journal();
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(journal);
    private final RecordingOrderEventPublisher events = new RecordingOrderEventPublisher();
    private final InMemoryOrderTimeline timeline = new InMemoryOrderTimeline();
    private final FakePaymentService payments = new FakePaymentService(journal);
    private final OrderTransitions transitions =
            new OrderTransitions(orders, events, timeline, new OrderProperties(), Clock.systemUTC(), METERS);
    private final OrderCancellation cancellation = new OrderCancellation(
            new OrderQueries(orders), payments, transitions, new AskedRefund(payments, transitions));
    private final FailedDispenseRefund failedDispense = new FailedDispenseRefund(orders, payments, transitions);
    private final OrderFixtures fixtures = new OrderFixtures(orders);

    @Test
    void aDispensedOrderIsShippedOnceAndOnItsTimeline() {
        fixtures.vendingPaid(ORDER);
        VendingDispensed dispensed = VendingDispensed.builder()
                .orderId(ORDER)
                .innerCode("01000028")
                .channelCode("A1")
                .build();

        assertThat(transitions.markShipped(dispensed)).isTrue();
        assertThat(transitions.markShipped(dispensed)).as("a repeat").isFalse();

        assertThat(orders.stored(ORDER).getShippingStatus()).isEqualTo(ShippingStatus.SHIPPED);
        assertThat(timeline.of(ORDER)).containsExactly(OrderTimelineEvent.SHIPPED);
    }

    @Test
    void aDispenseBeforeThePaymentIsRefusedForNowAndShipsTheOrderOnceItIsPaid() {
        fixtures.vendingUnpaid(ORDER);

        assertThat(catchThrowableOfType(OrderNotYetPaidException.class, () -> transitions.markShipped(dispensed())))
                .hasMessageContaining(Long.toString(ORDER));
        assertThat(orders.stored(ORDER).getShippingStatus()).isEqualTo(ShippingStatus.NOT_SHIPPED);
        assertThat(timeline.of(ORDER)).isEmpty();

        transitions.markPaid(PaymentSucceeded.builder().orderId(ORDER).payId(1L).build());

        assertThat(transitions.markShipped(dispensed())).isTrue();
        assertThat(orders.stored(ORDER).getShippingStatus()).isEqualTo(ShippingStatus.SHIPPED);
    }

    @Test
    void aDispenseOfAnOrderThatCanNeverShipIsLeftAloneAndNotRefused() {
        fixtures.vendingUnpaid(ORDER);
        transitions.refund(orders.stored(ORDER), "the vending machine did not dispense it");

        assertThat(transitions.markShipped(dispensed())).isFalse();

        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(orders.stored(ORDER).getShippingStatus()).isEqualTo(ShippingStatus.NOT_SHIPPED);
    }

    @Test
    void aDispenseOfAnUnknownOrderIsLeftAlone() {
        assertThat(transitions.markShipped(dispensed())).isFalse();
    }

    @Test
    void aFailedDispenseIsRefundedAtThePayServiceThenTheOrderRefundedAndTheMachineGivenBack() {
        fixtures.vendingPaid(ORDER);
        VendingDispenseFailed failure = failure();

        failedDispense.refundPayment(failure);
        assertThat(failedDispense.refundOrder(failure)).isTrue();

        Order refunded = orders.stored(ORDER);
        assertThat(refunded.getOrderStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.getCancelReason()).contains("did not dispense", "motor jammed");
        assertThat(payments.refunded(ORDER)).isTrue();
        assertThat(events.cancelled)
                .singleElement()
                .satisfies(cancelled ->
                        assertThat(cancelled.order().getInnerCode()).isEqualTo("01000028"));
    }

    @Test
    void aRedeliveredFailureOfARefundedOrderAsksNothingMore() {
        fixtures.vendingPaid(ORDER);
        failedDispense.refundPayment(failure());
        failedDispense.refundOrder(failure());
        int askedBefore = journal.entries().size();

        failedDispense.refundPayment(failure());

        assertThat(failedDispense.refundOrder(failure())).isFalse();
        assertThat(journal.entries().subList(askedBefore, journal.entries().size()))
                .doesNotContain("pay.refundOrderPayment");
        assertThat(events.cancelled).hasSize(1);
    }

    @Test
    void aPayServiceThatCannotRefundLeavesTheOrderAsItWasForTheNextDelivery() {
        fixtures.vendingPaid(ORDER);
        payments.script.failBefore(
                "refundOrderPayment", () -> new RpcException(RpcException.TIMEOUT_EXCEPTION, "timeout"));

        assertThat(catchThrowableOfType(RpcException.class, () -> failedDispense.refundPayment(failure())))
                .isNotNull();

        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(events.cancelled).isEmpty();
    }

    @Test
    void anOrdinaryOrderIsNoneOfTheDispenseFailuresBusiness() {
        fixtures.paid(ORDER);

        failedDispense.refundPayment(failure());

        assertThat(failedDispense.refundOrder(failure())).isFalse();
        assertThat(payments.refunded(ORDER)).isFalse();
    }

    @Test
    void anUnpaidVendingOrderIsCancelledByItsBuyerLikeAnyOther() {
        fixtures.vendingUnpaid(ORDER);

        assertThat(cancellation.cancel(USER, ORDER).getOrderStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(events.cancelled)
                .singleElement()
                .satisfies(cancelled ->
                        assertThat(cancelled.order().getInnerCode()).isEqualTo("01000028"));
    }

    @Test
    void aPaidVendingOrderIsBeingDispensedAndNotTheBuyersToCancel() {
        fixtures.vendingPaid(ORDER);

        IllegalOrderStateException refused =
                catchThrowableOfType(IllegalOrderStateException.class, () -> cancellation.cancel(USER, ORDER));

        assertThat(refused.getMessage()).contains("being dispensed");
        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(payments.refunded(ORDER)).isFalse();
    }

    @Test
    void aVendingOrderPaidAtThePlatformBeforeTheCancelIsNotRefundedEither() {
        fixtures.vendingUnpaid(ORDER);
        payments.closing(ORDER, PaymentClosure.PAID);

        assertThat(catchThrowableOfType(IllegalOrderStateException.class, () -> cancellation.cancel(USER, ORDER)))
                .isNotNull();
        assertThat(payments.refunded(ORDER)).isFalse();
        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
    }

    private static VendingDispensed dispensed() {
        return VendingDispensed.builder()
                .orderId(ORDER)
                .innerCode("01000028")
                .channelCode("A1")
                .build();
    }

    private static VendingDispenseFailed failure() {
        return VendingDispenseFailed.builder()
                .orderId(ORDER)
                .innerCode("01000028")
                .reason("motor jammed in A1")
                .build();
    }
}
