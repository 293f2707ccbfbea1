package com.shop.order.application;

import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderRepository;
import com.shop.pojo.order.OrderStatus;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reading a user's own orders, and for operators every user's. */
@Service
public class OrderQueries {

    public static final int MAX_PAGE_SIZE = 100;

    private final OrderRepository orders;

    public OrderQueries(OrderRepository orders) {
        this.orders = orders;
    }

    /** Another user's order does not exist for this user: same answer as a missing one, nothing to probe. */
    public Order getOrder(long userId, long orderId) {
        return orders.findByIdAndUser(orderId, userId)
                .orElseThrow(() -> new OrderNotFoundException("no order " + orderId));
    }

    /** For an operator: the order, whoever's it is. */
    public Order getOrderOfAnyUser(long orderId) {
        return orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException("no order " + orderId));
    }

    public OrderListing listOrders(long userId, int page, int size) {
        checkPage(page, size);
        long total = orders.countByUser(userId);
        long offset = (long) page * size;
        return new OrderListing(
                offset < total ? orders.findByUser(userId, offset, size) : List.of(), page, size, total);
    }

    /** For an operator: every user's orders, newest first; only those in {@code status} unless it is null. */
    public OrderListing listRecentOrders(int page, int size, OrderStatus status) {
        checkPage(page, size);
        long total = orders.countRecent(status);
        long offset = (long) page * size;
        return new OrderListing(
                offset < total ? orders.findRecent(status, offset, size) : List.of(), page, size, total);
    }

    private static void checkPage(int page, int size) {
        if (page < 0) {
            throw new InvalidRequestException("page counts from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
