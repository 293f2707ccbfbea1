package com.shop.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.order.OrderServiceTestBase;
import com.shop.order.domain.OrderRepository;
import com.shop.order.support.ParticipantCall;
import com.shop.pojo.event.OrderCancelled;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.pay.PaymentClosure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The payment deadline on the real database: the scheduled sweeper finds an overdue order by its deadline, closes its
 * payment over Dubbo and invalidates it once, announcing the cancel through the outbox, however many sweepers run.
 */
class PaymentDeadlineSweeperServiceTest extends OrderServiceTestBase {

    @Autowired
    PaymentDeadlineSweeper sweeper;

    @Autowired
    OrderRepository orders;

    @Test
    void anOverdueOrderIsInvalidatedAndItsCancelAnnounced() {
        long userId = newId();
        long orderId = insertConfirmedOrder(userId, 1_500);

        // not before its deadline
        await().during(Duration.ofMillis(1_000))
                .atMost(Duration.ofMillis(1_300))
                .until(() -> orderStatus(orderId) == OrderStatus.CONFIRMED.code());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(orderStatus(orderId)).isEqualTo(OrderStatus.INVALID.code());
            assertThat(observedEvents.cancellationsOf(orderId)).isNotEmpty();
        });

        assertThat(orderRow(orderId))
                .containsEntry("cancel_reason", "not paid in time; no payment was opened")
                .containsEntry("pay_deadline", null);
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
    }

    @Test
    void sweepersRacingEachOtherCloseAnOverdueOrderOnce() throws Exception {
        long orderId = insertConfirmedOrder(newId(), -60_000);
        participants.payments().closing(orderId, PaymentClosure.CLOSED);

        ExecutorService instances = Executors.newFixedThreadPool(4);
        List<Future<Integer>> sweeps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sweeps.add(instances.submit(sweeper::sweep));
        }
        for (Future<Integer> sweep : sweeps) {
            sweep.get();
        }
        instances.shutdown();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(outboxStatus(orderId)).isEqualTo(1));
        assertThat(orderRow(orderId).get("cancel_reason")).isEqualTo("not paid in time; its payment was closed");
        assertThat(participants.payments().callsFor(orderId)).hasSize(1);
        assertThat(outboxRows(orderId)).isEqualTo(1);
        assertThat(timeline(orderId)).containsExactly("INVALIDATED");
    }

    @Test
    void anOrderPaidJustBeforeTheCloseStaysConfirmedAndIsAskedAgainLater() {
        long orderId = insertConfirmedOrder(newId(), -60_000);
        participants.payments().closing(orderId, PaymentClosure.PAID);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !participants.payments().callsFor(orderId).isEmpty());

        assertThat(orderStatus(orderId)).isEqualTo(OrderStatus.CONFIRMED.code());
        assertThat(outboxRows(orderId)).isZero();
        assertThat(timeline(orderId)).isEmpty();
        assertThat(orderRow(orderId).get("pay_deadline"))
                .as("until PaymentSucceeded clears it")
                .isNotNull();
    }

    @Test
    void anOrderPaidInTimeNeverFallsDue() throws Exception {
        long orderId = insertConfirmedOrder(newId(), 1_000);

        assertThat(orders.markPaid(orderId, null)).isTrue();
        Thread.sleep(2_500); // past its deadline, and several rounds of the scheduled sweeper

        assertThat(participants.payments().callsFor(orderId)).isEmpty();
        assertThat(orderStatus(orderId)).isEqualTo(OrderStatus.CONFIRMED.code());
        assertThat(outboxRows(orderId)).isZero();
    }
}
