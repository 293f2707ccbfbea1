package com.shop.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.order.domain.Order;
import com.shop.order.domain.OrderFigures;
import com.shop.order.support.Journal;
import com.shop.pojo.order.OrderStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UnconfirmedOrderSweeperTest {

    private static final OrderMeters METERS = new OrderMeters(new SimpleMeterRegistry());

    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(new Journal());
    private final RecordingOrderEventPublisher events = new RecordingOrderEventPublisher();
    private final OrderProperties properties = new OrderProperties();
    private final OrderTransitions transitions =
            new OrderTransitions(orders, events, new InMemoryOrderTimeline(), properties, orders.clock(), METERS);
    private final UnconfirmedOrderSweeper sweeper =
            new UnconfirmedOrderSweeper(orders, transitions, properties, orders.clock());

    @Test
    void ordersUnconfirmedTooLongAreCancelledAndAnnouncedOnce() {
        properties.setUnconfirmedTimeout(Duration.ofSeconds(60));
        add(1, 7); // will be stuck
        orders.now = orders.now.plusSeconds(30);
        add(2, 7); // still within its time
        add(3, 7);
        orders.confirm(orders.stored(3).confirmed(orders.now, Duration.ofMinutes(10))); // confirmed: never touched
        orders.now = orders.now.plusSeconds(31);

        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(sweeper.sweep()).isZero();

        assertThat(orders.stored(1).getOrderStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(orders.stored(1).getCancelReason()).isEqualTo("not confirmed within 60s");
        assertThat(orders.stored(2).getOrderStatus()).isEqualTo(OrderStatus.UNCONFIRMED);
        assertThat(orders.stored(3).getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(events.cancelled).hasSize(1);
        assertThat(events.cancelled.get(0).order().getOrderId()).isEqualTo(1);
        assertThat(events.cancelled.get(0).order().getMoneyPaid()).isEqualTo("3.00");
    }

    @Test
    void aSweepCancelsAtMostOneBatch() {
        properties.setSweepBatchSize(2);
        for (long id = 1; id <= 3; id++) {
            add(id, 7);
        }
        orders.now = orders.now.plus(Duration.ofMinutes(5));

        assertThat(sweeper.sweep()).isEqualTo(2);
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(events.cancelled).hasSize(3);
    }

    @Test
    void oneOrderThatCannotBeCancelledDoesNotStopTheOthers() {
        add(1, 7);
        add(2, 7);
        orders.now = orders.now.plus(Duration.ofMinutes(5));
        int[] calls = {0};
        orders.script.failBefore("cancel", () -> ++calls[0] == 1 ? new IllegalStateException("deadlock") : null);

        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(sweeper.sweep()).isEqualTo(1);
        assertThat(events.cancelled).hasSize(2);
    }

    private void add(long orderId, long userId) {
        BigDecimal ten = new BigDecimal("10.00");
        orders.insert(Order.unconfirmed(
                orderId,
                userId,
                1,
                5L,
                new OrderFigures(
                        ten,
                        1,
                        ten,
                        ten,
                        new BigDecimal("20.00"),
                        new BigDecimal("2.00"),
                        new BigDecimal("3.00"),
                        new BigDecimal("15.00")),
                "street",
                "someone",
                orders.now));
    }
}
