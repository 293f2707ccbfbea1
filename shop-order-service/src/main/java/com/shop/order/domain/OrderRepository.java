package com.shop.order.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Orders and their guarded state transitions. */
public interface OrderRepository {

    /** Stores a new order; its add time is the database's clock. */
    void insert(Order order);

    Optional<Order> findById(long orderId);

    /** The order only if it belongs to the user. */
    Optional<Order> findByIdAndUser(long orderId, long userId);

    /** The user's orders, newest first. */
    List<Order> findByUser(long userId, long offset, int limit);

    long countByUser(long userId);

    /**
     * {@code UNCONFIRMED → CONFIRMED}, and also paid when {@code paidInFull}.
     *
     * @return false when the order was not unconfirmed any more (changing nothing)
     */
    boolean confirm(long orderId, boolean paidInFull);

    /**
     * {@code UNCONFIRMED → CANCELLED} with the reason.
     *
     * @return false when the order was not unconfirmed any more (changing nothing)
     */
    boolean cancel(long orderId, String reason);

    /** Orders still unconfirmed longer than {@code age} after they were added (by the database clock), oldest first. */
    List<Order> findUnconfirmedOlderThan(Duration age, int limit);
}
