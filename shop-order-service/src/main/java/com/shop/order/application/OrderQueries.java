package com.shop.order.application;

import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderRepository;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reading a user's own orders. */
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

    public OrderListing listOrders(long userId, int page, int size) {
        if (page < 0) {
            throw new InvalidRequestException("page counts from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        long total = orders.countByUser(userId);
        long offset = (long) page * size;
        return new OrderListing(
                offset < total ? orders.findByUser(userId, offset, size) : List.of(), page, size, total);
    }
}
