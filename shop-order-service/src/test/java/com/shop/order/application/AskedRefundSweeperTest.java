package com.shop.order.application;

import static com.shop.order.application.OrderFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.order.domain.OrderTimelineEvent;
import com.shop.order.support.FakePaymentService;
import com.shop.order.support.Journal;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.pay.PaymentClosure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.Test;

class AskedRefundSweeperTest {

    private static final long ORDER = 4711;
    private static final Duration GRACE = Duration.ofSeconds(60);
    private static final Duration RETRY = Duration.ofMinutes(10);

    private final Journal journal = new Journal();
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(journal);
    private final RecordingOrderEventPublisher events = new RecordingOrderEventPublisher();
    private final InMemoryOrderTimeline timeline = new InMemoryOrderTimeline();
    private final FakePaymentService payments = new FakePaymentService(journal);
    private final OrderProperties properties = new OrderProperties();
    private final OrderTransitions transitions = new OrderTransitions(
            orders, events, timeline, properties, orders.clock(), new OrderMeters(new SimpleMeterRegistry()));
    private final AskedRefund askedRefund = new AskedRefund(payments, transitions);
    private final OrderCancellation cancellation =
            new OrderCancellation(new OrderQueries(orders), payments, transitions, askedRefund);
    private final AskedRefundSweeper sweeper = new AskedRefundSweeper(orders, askedRefund, properties, orders.clock());
    private final OrderFixtures fixtures = new OrderFixtures(orders);

    AskedRefundSweeperTest() {
        properties.setRefundGrace(GRACE);
        properties.setRefundRetryInterval(RETRY);
    }

    @Test
    void aRefundWhoseCancelTimedOutAfterThePayServiceTookItIsFinishedOnceByTheSweeper() {
        fixtures.paid(ORDER);
        cancelTimingOutAfterTheRefundRan();
        assertThat(payments.refunded(ORDER)).isTrue();

        assertThat(sweeper.sweep())
                .as("within the grace the cancel may still finish it")
                .isZero();
        orders.now = orders.now.plus(GRACE).plusSeconds(1);
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(sweeper.sweep()).as("a repeat sweep").isZero();
        orders.now = orders.now.plus(RETRY).plusSeconds(1);
        assertThat(sweeper.sweep()).as("a sweep after the retry interval").isZero();

        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(orders.stored(ORDER).getCancelReason()).isEqualTo(OrderCancellation.REFUND_REASON);
        assertThat(refundCalls()).isEqualTo(2); // the cancel's and the sweeper's, which refunded nothing more
        assertThat(events.cancelled).hasSize(1);
        assertThat(timeline.of(ORDER)).containsExactly(OrderTimelineEvent.REFUNDED);
    }

    @Test
    void anUnpaidOrderThePlatformSaysWasPaidMeanwhileIsFinishedTheSameWay() {
        fixtures.unpaid(ORDER);
        payments.closing(ORDER, PaymentClosure.PAID);
        cancelTimingOutAfterTheRefundRan();

        orders.now = orders.now.plus(GRACE).plusSeconds(1);

        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(orders.stored(ORDER).getPayStatus()).isEqualTo(PayStatus.PAID);
        assertThat(events.cancelled).hasSize(1);
    }

    @Test
    void aRefusalOfThePayServiceLeavesTheOrderAloneAndIsNotAskedAgainEverySweep() {
        fixtures.paid(ORDER);
        transitions.askRefund(orders.stored(ORDER)); // the cancel stopped here
        payments.failing(ORDER, new IllegalOrderStateException("order " + ORDER + " has no paid payment to refund"));
        orders.now = orders.now.plus(GRACE).plusSeconds(1);

        assertThat(sweeper.sweep()).isZero();
        assertThat(sweeper.sweep()).isZero();
        assertThat(refundCalls()).isEqualTo(1);
        orders.now = orders.now.plus(RETRY).plusSeconds(1);
        assertThat(sweeper.sweep()).isZero();

        assertThat(refundCalls()).isEqualTo(2);
        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(orders.stored(ORDER).getRefundAskedTime()).isNotNull();
        assertThat(events.cancelled).isEmpty();
        assertThat(timeline.of(ORDER)).isEmpty();
    }

    @Test
    void aPayServiceThatDidNotAnswerIsAskedAgainAfterTheRetryInterval() {
        fixtures.paid(ORDER);
        transitions.askRefund(orders.stored(ORDER));
        int[] calls = {0};
        payments.script.failBefore(
                "refundOrderPayment",
                () -> ++calls[0] == 1 ? new RpcException(RpcException.TIMEOUT_EXCEPTION, "no answer") : null);
        orders.now = orders.now.plus(GRACE).plusSeconds(1);

        assertThat(sweeper.sweep()).isZero();
        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        orders.now = orders.now.plus(RETRY).plusSeconds(1);
        assertThat(sweeper.sweep()).isEqualTo(1);

        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(events.cancelled).hasSize(1);
    }

    @Test
    void ordersWithoutAnAskedRefundAreNeverTouched() {
        fixtures.paid(ORDER);
        fixtures.unpaid(ORDER + 1);
        fixtures.shipped(ORDER + 2);
        orders.now = orders.now.plus(Duration.ofHours(1));

        assertThat(sweeper.sweep()).isZero();

        assertThat(payments.callsFor(ORDER)).isEmpty();
        assertThat(payments.callsFor(ORDER + 1)).isEmpty();
        assertThat(payments.callsFor(ORDER + 2)).isEmpty();
        assertThat(events.cancelled).isEmpty();
    }

    @Test
    void aSweepFinishesAtMostOneBatch() {
        properties.setRefundSweepBatchSize(2);
        for (long id = ORDER; id < ORDER + 3; id++) {
            fixtures.paid(id);
            transitions.askRefund(orders.stored(id));
        }
        orders.now = orders.now.plus(GRACE).plusSeconds(1);

        assertThat(sweeper.sweep()).isEqualTo(2);
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(events.cancelled).hasSize(3);
    }

    /** The cancel dies between the pay service taking the refund and the order moving, as a timed-out call does. */
    private void cancelTimingOutAfterTheRefundRan() {
        int[] calls = {0};
        payments.script.failAfter(
                "refundOrderPayment",
                () -> ++calls[0] == 1
                        ? new RpcException(RpcException.TIMEOUT_EXCEPTION, "Waiting server-side response timeout")
                        : null);
        assertThat(catchThrowableOfType(ServiceUnavailableException.class, () -> cancellation.cancel(USER, ORDER)))
                .isNotNull();
        assertThat(orders.stored(ORDER).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(orders.stored(ORDER).getRefundAskedTime()).isNotNull();
    }

    private long refundCalls() {
        return payments.callsFor(ORDER).stream()
                .filter(call -> call.method().equals("refundOrderPayment"))
                .count();
    }
}
