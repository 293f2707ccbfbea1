package com.shop.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderFigures;
import com.shop.order.support.Journal;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderQueriesTest {

    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(new Journal());
    private final OrderQueries queries = new OrderQueries(orders);

    @Test
    void aUserSeesOnlyTheirOwnOrders() {
        add(1, 7);
        add(2, 8);

        assertThat(queries.getOrder(7, 1).getOrderId()).isEqualTo(1);
        assertThatThrownBy(() -> queries.getOrder(7, 2)).isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> queries.getOrder(7, 3)).isInstanceOf(OrderNotFoundException.class);
    }

    @Test
    void pagesAreNewestFirstWithTheTotal() {
        for (long id = 1; id <= 5; id++) {
            add(id, 7);
            orders.now = orders.now.plusSeconds(1);
        }
        add(6, 8);

        OrderListing first = queries.listOrders(7, 0, 2);
        OrderListing last = queries.listOrders(7, 2, 2);
        OrderListing beyond = queries.listOrders(7, 3, 2);

        assertThat(first.orders()).extracting(Order::getOrderId).containsExactly(5L, 4L);
        assertThat(first.total()).isEqualTo(5);
        assertThat(last.orders()).extracting(Order::getOrderId).containsExactly(1L);
        assertThat(beyond.orders()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void pageAndSizeAreBounded() {
        assertThatThrownBy(() -> queries.listOrders(7, -1, 10)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> queries.listOrders(7, 0, 0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> queries.listOrders(7, 0, 101)).isInstanceOf(InvalidRequestException.class);
        assertThat(queries.listOrders(7, 0, 100).orders()).isEmpty();
        assertThat(queries.listOrders(7, Integer.MAX_VALUE, 100).orders()).isEmpty();
    }

    private void add(long orderId, long userId) {
        BigDecimal ten = new BigDecimal("10.00");
        orders.insert(Order.unconfirmed(
                orderId,
                userId,
                1,
                null,
                new OrderFigures(
                        ten,
                        1,
                        ten,
                        ten,
                        new BigDecimal("20.00"),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        new BigDecimal("20.00")),
                "street",
                "someone",
                orders.now));
    }
}
