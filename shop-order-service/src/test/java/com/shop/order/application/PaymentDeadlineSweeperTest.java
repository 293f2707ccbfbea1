package com.shop.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.api.exception.ServiceUnavailableException;
import com.shop.order.support.FakePaymentService;
import com.shop.order.support.Journal;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.pay.PaymentClosure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PaymentDeadlineSweeperTest {

    private static final OrderMeters METERS = new OrderMeters(new SimpleMeterRegistry());

    private final Journal journal = new Journal();
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(journal);
    private final RecordingOrderEventPublisher events = new RecordingOrderEventPublisher();
    private final FakePaymentService payments = new FakePaymentService(journal);
    private final OrderProperties properties = properties();
    private final OrderTransitions transitions =
            new OrderTransitions(orders, events, new InMemoryOrderTimeline(), properties, orders.clock(), METERS);
    private final PaymentDeadlineSweeper sweeper = new PaymentDeadlineSweeper(
            orders, new PaymentTimeout(orders, payments, transitions), properties, orders.clock());
    private final OrderFixtures fixtures = new OrderFixtures(orders);

    private static OrderProperties properties() {
        OrderProperties properties = new OrderProperties();
        // the fakes are not thread-safe: one closer keeps the test deterministic
        properties.setPaymentSweepThreads(1);
        properties.setPaymentRetryInterval(Duration.ofSeconds(30));
        return properties;
    }

    @AfterEach
    void stopClosers() {
        sweeper.destroy();
    }

    @Test
    void anOrderIsClosedOnlyOnceItsTimeToPayRanOut() {
        fixtures.unpaid(1);
        orders.now = orders.now.plus(Duration.ofMinutes(10));

        assertThat(sweeper.sweep()).as("due at the deadline, not before").isZero();

        orders.now = orders.now.plusMillis(1);
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(orders.stored(1).getOrderStatus()).isEqualTo(OrderStatus.INVALID);
        assertThat(orders.stored(1).getPayDeadline()).isNull();
        assertThat(events.cancelled).hasSize(1);
        assertThat(sweeper.sweep()).isZero();
        assertThat(journal.entries()).containsOnlyOnce("pay.closeOrderPayment");
    }

    @Test
    void paidAndPaidInFullOrdersNeverFallDue() {
        fixtures.paid(1);
        fixtures.paidInFull(2);
        orders.now = orders.now.plus(Duration.ofDays(1));

        assertThat(sweeper.sweep()).isZero();
        assertThat(journal.entries()).doesNotContain("pay.closeOrderPayment");
    }

    @Test
    void anOrderWhoseCloseFailedFallsDueAgainAfterTheRetryInterval() {
        fixtures.unpaid(1);
        fixtures.unpaid(2);
        orders.now = orders.now.plus(Duration.ofMinutes(11));
        int[] calls = {0};
        payments.script.failBefore(
                "closeOrderPayment",
                () -> ++calls[0] == 1 ? new ServiceUnavailableException("the payment platform did not answer") : null);

        assertThat(sweeper.sweep()).isEqualTo(2);
        assertThat(orders.stored(1).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(orders.stored(2).getOrderStatus()).isEqualTo(OrderStatus.INVALID);

        orders.now = orders.now.plusSeconds(29);
        assertThat(sweeper.sweep()).isZero();
        orders.now = orders.now.plusSeconds(2);
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(orders.stored(1).getOrderStatus()).isEqualTo(OrderStatus.INVALID);
        assertThat(events.cancelled).hasSize(2);
    }

    @Test
    void anOrderPaidJustBeforeItsCloseStaysConfirmed() {
        fixtures.unpaid(1);
        payments.closing(1, PaymentClosure.PAID);
        orders.now = orders.now.plus(Duration.ofMinutes(11));

        assertThat(sweeper.sweep()).isEqualTo(1);

        assertThat(orders.stored(1).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(events.cancelled).isEmpty();
    }

    @Test
    void aSweepTakesOnAtMostOneBatch() {
        properties.setPaymentSweepBatchSize(2);
        for (long id = 1; id <= 3; id++) {
            fixtures.unpaid(id);
        }
        orders.now = orders.now.plus(Duration.ofMinutes(11));

        assertThat(sweeper.sweep()).isEqualTo(2);
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(events.cancelled).hasSize(3);
    }
}
