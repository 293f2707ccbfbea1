package com.shop.order.application;

import com.shop.order.domain.Order;
import com.shop.order.domain.OrderFigures;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.order.ShippingStatus;
import java.math.BigDecimal;
import java.time.Duration;

/** Orders in the states the payment and cancel paths start from, stored in an in-memory repository. */
final class OrderFixtures {

    static final long USER = 7;

    private final InMemoryOrderRepository orders;

    OrderFixtures(InMemoryOrderRepository orders) {
        this.orders = orders;
    }

    /** 2 × 20.00 + 10.00 shipping = 50.00, coupon 5.00, balance 15.00: 30.00 to pay. */
    Order unconfirmed(long orderId) {
        BigDecimal twenty = new BigDecimal("20.00");
        Order order = Order.unconfirmed(
                orderId,
                USER,
                55,
                66L,
                new OrderFigures(
                        twenty,
                        2,
                        new BigDecimal("40.00"),
                        new BigDecimal("10.00"),
                        new BigDecimal("50.00"),
                        new BigDecimal("5.00"),
                        new BigDecimal("15.00"),
                        new BigDecimal("30.00")),
                "a street",
                "someone",
                orders.now);
        orders.insert(order);
        return orders.stored(orderId);
    }

    Order unpaid(long orderId) {
        confirm(unconfirmed(orderId));
        return orders.stored(orderId);
    }

    /** Confirmed now, with the default ten minutes to pay. */
    private void confirm(Order unconfirmed) {
        orders.confirm(unconfirmed.confirmed(orders.now, Duration.ofMinutes(10)));
    }

    Order paid(long orderId) {
        unpaid(orderId);
        orders.change(orderId, order -> {
            order.setPayStatus(PayStatus.PAID);
            order.setPayDeadline(null);
        });
        return orders.stored(orderId);
    }

    Order shipped(long orderId) {
        paid(orderId);
        orders.change(orderId, order -> order.setShippingStatus(ShippingStatus.SHIPPED));
        return orders.stored(orderId);
    }

    /** One unit at 2.00 from vending machine 01000028, confirmed, not paid. */
    Order vendingUnpaid(long orderId) {
        BigDecimal two = new BigDecimal("2.00");
        BigDecimal zero = new BigDecimal("0.00");
        orders.insert(Order.unconfirmed(
                        orderId,
                        USER,
                        2001,
                        null,
                        new OrderFigures(two, 1, two, zero, two, zero, zero, two),
                        "Lobby",
                        "vending machine 01000028",
                        orders.now)
                .toBuilder()
                .innerCode("01000028")
                .build());
        confirm(orders.stored(orderId));
        return orders.stored(orderId);
    }

    Order vendingPaid(long orderId) {
        vendingUnpaid(orderId);
        orders.change(orderId, order -> {
            order.setPayStatus(PayStatus.PAID);
            order.setPayDeadline(null);
        });
        return orders.stored(orderId);
    }

    /** Coupon 20.00 and balance 30.00 pay all 50.00: paid as it was confirmed. */
    Order paidInFull(long orderId) {
        BigDecimal twenty = new BigDecimal("20.00");
        orders.insert(Order.unconfirmed(
                orderId,
                USER,
                55,
                66L,
                new OrderFigures(
                        twenty,
                        2,
                        new BigDecimal("40.00"),
                        new BigDecimal("10.00"),
                        new BigDecimal("50.00"),
                        twenty,
                        new BigDecimal("30.00"),
                        new BigDecimal("0.00")),
                "a street",
                "someone",
                orders.now));
        confirm(orders.stored(orderId));
        return orders.stored(orderId);
    }
}
