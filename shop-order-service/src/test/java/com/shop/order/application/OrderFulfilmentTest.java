package com.shop.order.application;

import static com.shop.order.application.OrderFixtures.USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderTimelineEvent;
import com.shop.order.support.Journal;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.ShippingStatus;
import java.time.Clock;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** An operator ships a paid ordinary order; its shopper receives it. */
class OrderFulfilmentTest {

    private static final long ORDER = 4711;
    private static final long OPERATOR = 3;

    private final Journal journal = new Journal();
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(journal);
    private final InMemoryOrderTimeline timeline = new InMemoryOrderTimeline();
    private final RecordingOrderEventPublisher events = new RecordingOrderEventPublisher();
    private final OrderTransitions transitions =
            new OrderTransitions(orders, events, timeline, new OrderProperties(), Clock.systemUTC());
    private final OrderQueries queries = new OrderQueries(orders);
    private final OrderShipping shipping = new OrderShipping(queries, transitions);
    private final OrderReceipt receipt = new OrderReceipt(queries, transitions);
    private final OrderFixtures fixtures = new OrderFixtures(orders);

    @Test
    void anOperatorShipsAPaidOrderAndItsShopperReceivesIt() {
        fixtures.paid(ORDER);

        Order shipped = shipping.ship(OPERATOR, ORDER);

        assertThat(shipped.getShippingStatus()).isEqualTo(ShippingStatus.SHIPPED);
        assertThat(shipped.getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(timeline.detail(ORDER, OrderTimelineEvent.SHIPPED)).isEqualTo("shipped by operator 3");

        Order received = receipt.receive(USER, ORDER);

        assertThat(received.getShippingStatus()).isEqualTo(ShippingStatus.RECEIVED);
        assertThat(timeline.of(ORDER)).containsExactly(OrderTimelineEvent.SHIPPED, OrderTimelineEvent.RECEIVED);
        assertThat(events.cancelled).as("nobody else needs to hear of it").isEmpty();
    }

    @Test
    void shippingTwiceIsRefusedAsShippedAlready() {
        fixtures.paid(ORDER);
        shipping.ship(OPERATOR, ORDER);

        assertThat(refusedShipping()).hasMessageContaining("shipped already");
        assertThat(timeline.of(ORDER)).containsExactly(OrderTimelineEvent.SHIPPED);
    }

    @Test
    void anUnpaidOrderIsNotShipped() {
        fixtures.unpaid(ORDER);

        assertThat(refusedShipping()).hasMessageContaining("only a confirmed, paid order");
        assertUnshipped();
    }

    @Test
    void aVendingOrderIsNotShippedByAnOperator() {
        fixtures.vendingPaid(ORDER);

        assertThat(refusedShipping()).hasMessageContaining("vending");
        assertUnshipped();
    }

    @Test
    void aClosedOrderIsNotShipped() {
        fixtures.paid(ORDER);
        transitions.refund(orders.stored(ORDER), "refunded");

        assertThat(refusedShipping()).hasMessageContaining("REFUNDED");
        assertThat(orders.stored(ORDER).getShippingStatus()).isEqualTo(ShippingStatus.NOT_SHIPPED);
    }

    @Test
    void anOrderWhoseShopperAskedForARefundIsNotShipped() {
        fixtures.paid(ORDER);
        transitions.askRefund(orders.stored(ORDER));

        assertThat(refusedShipping()).hasMessageContaining("asked for a refund");
        assertUnshipped();
    }

    @Test
    void anUnknownOrderIsNotFound() {
        assertThat(catchThrowableOfType(OrderNotFoundException.class, () -> shipping.ship(OPERATOR, ORDER)))
                .isNotNull();
    }

    @Test
    void onlyAShippedOrderIsReceivedAndOnlyOnce() {
        fixtures.paid(ORDER);
        assertThat(refusedReceipt(USER)).hasMessageContaining("NOT_SHIPPED");

        shipping.ship(OPERATOR, ORDER);
        receipt.receive(USER, ORDER);

        assertThat(refusedReceipt(USER)).hasMessageContaining("RECEIVED");
        assertThat(timeline.of(ORDER)).containsExactly(OrderTimelineEvent.SHIPPED, OrderTimelineEvent.RECEIVED);
    }

    @Test
    void anotherUsersOrderDoesNotExistForReceiving() {
        fixtures.paid(ORDER);
        shipping.ship(OPERATOR, ORDER);

        assertThat(catchThrowableOfType(OrderNotFoundException.class, () -> receipt.receive(USER + 1, ORDER)))
                .isNotNull();
        assertThat(orders.stored(ORDER).getShippingStatus()).isEqualTo(ShippingStatus.SHIPPED);
    }

    @Test
    void aDispensedVendingOrderIsNotReceived() {
        fixtures.vendingPaid(ORDER);
        orders.markShipped(ORDER);

        assertThat(refusedReceipt(USER)).hasMessageContaining("vending");
        assertThat(orders.stored(ORDER).getShippingStatus()).isEqualTo(ShippingStatus.SHIPPED);
    }

    @Test
    void theOperatorsListingHoldsEveryUsersOrdersNewestFirstFilteredByStatus() {
        fixtures.paid(1);
        orders.now = orders.now.plusSeconds(1);
        fixtures.unconfirmed(2);
        orders.now = orders.now.plusSeconds(1);
        fixtures.paid(3);
        orders.change(3, reassign(USER + 1));

        OrderListing all = queries.listRecentOrders(0, 2, null);
        OrderListing confirmed = queries.listRecentOrders(0, 10, OrderStatus.CONFIRMED);

        assertThat(all.orders()).extracting(Order::getOrderId).containsExactly(3L, 2L);
        assertThat(all.total()).isEqualTo(3);
        assertThat(queries.listRecentOrders(1, 2, null).orders())
                .extracting(Order::getOrderId)
                .containsExactly(1L);
        assertThat(confirmed.orders()).extracting(Order::getOrderId).containsExactly(3L, 1L);
        assertThat(confirmed.total()).isEqualTo(2);
    }

    private static Consumer<Order> reassign(long userId) {
        return order -> order.setUserId(userId);
    }

    private IllegalOrderStateException refusedShipping() {
        IllegalOrderStateException refusal =
                catchThrowableOfType(IllegalOrderStateException.class, () -> shipping.ship(OPERATOR, ORDER));
        assertThat(refusal).isNotNull();
        assertThat(refusal.getOrderId()).isEqualTo(ORDER);
        return refusal;
    }

    private IllegalOrderStateException refusedReceipt(long userId) {
        IllegalOrderStateException refusal =
                catchThrowableOfType(IllegalOrderStateException.class, () -> receipt.receive(userId, ORDER));
        assertThat(refusal).isNotNull();
        assertThat(refusal.getOrderId()).isEqualTo(ORDER);
        return refusal;
    }

    private void assertUnshipped() {
        assertThat(orders.stored(ORDER).getShippingStatus()).isEqualTo(ShippingStatus.NOT_SHIPPED);
        assertThat(timeline.of(ORDER)).doesNotContain(OrderTimelineEvent.SHIPPED);
    }
}
