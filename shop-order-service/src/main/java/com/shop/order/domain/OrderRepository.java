package com.shop.order.domain;

import com.shop.pojo.order.OrderStatus;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** Orders and their guarded state transitions. */
public interface OrderRepository {

    /** Stores a new, unconfirmed order. */
    void insert(Order order);

    /**
     * Stores a new, unconfirmed order unless its user already has {@code maxUnpaid} orders awaiting payment
     * ({@link Order#holdsUnpaid}: unconfirmed, or confirmed and not paid). Runs in the caller's transaction and locks the user's new orders until
     * it ends, so that concurrent confirmations of one user are counted one after another.
     *
     * @return false when the user is at the limit (nothing stored)
     */
    boolean insertWithinUnpaidLimit(Order order, int maxUnpaid);

    Optional<Order> findById(long orderId);

    /** The order only if it belongs to the user. */
    Optional<Order> findByIdAndUser(long orderId, long userId);

    /** The user's orders, newest first. */
    List<Order> findByUser(long userId, long offset, int limit);

    long countByUser(long userId);

    /**
     * {@link OrderTransition#CONFIRM}: stores the confirmation of {@link Order#confirmed} (its time, its payment
     * deadline, and its payment when it was paid in full).
     *
     * @return false when the order was not unconfirmed any more (changing nothing)
     */
    boolean confirm(Order confirmed);

    /**
     * {@link OrderTransition#MARK_PAID}: paid at {@code paidAt} (now when null); the order stays confirmed.
     *
     * @return false when the order was not a confirmed, unpaid one (changing nothing)
     */
    boolean markPaid(long orderId, Date paidAt);

    /**
     * As {@link #markPaid(long, Date)}, keeping which payment of the platform paid it.
     *
     * @return false when the order was paid already or is no longer confirmed (changing nothing)
     */
    boolean markPaidBy(long orderId, PlatformPayment payment);

    /**
     * One of the transitions that close an order ({@link OrderTransition#closes()}): into its status with the reason,
     * without a payment deadline; a refund leaves it paid.
     *
     * @return false when the order was not in a state the transition leaves from (changing nothing)
     * @throws IllegalArgumentException for a transition that does not close an order
     */
    boolean close(long orderId, OrderTransition closing, String reason);

    /**
     * {@link OrderTransition#MARK_SHIPPED}: a vending machine dispensed it.
     *
     * @return false when the order was not in that state (changing nothing)
     */
    boolean markShipped(long orderId);

    /**
     * {@link OrderTransition#SHIP}: an operator shipped the paid ordinary order.
     *
     * @return false when the order was not in that state, is a vending order or has a refund asked (changing nothing)
     */
    boolean ship(long orderId);

    /**
     * {@link OrderTransition#RECEIVE}: its shopper received the shipped ordinary order.
     *
     * @return false when the order was not shipped, or is a vending order (changing nothing)
     */
    boolean receive(long orderId);

    /**
     * {@link OrderTransition#ASK_REFUND}: its shopper asked to cancel it with a refund; from now on it is not shipped.
     *
     * @return false when the order may no longer be refunded (shipped or closed; changing nothing)
     */
    boolean askRefund(long orderId);

    /** Every user's orders, newest first; only those in {@code status} unless it is null. */
    List<Order> findRecent(OrderStatus status, long offset, int limit);

    long countRecent(OrderStatus status);

    /** Orders still unconfirmed that were added before {@code cutoff}, oldest first. */
    List<Order> findUnconfirmedAddedBefore(Instant cutoff, int limit);

    /** Ids of confirmed, unpaid orders whose payment deadline is before {@code now}, the longest overdue first. */
    List<Long> findPaymentsDueBefore(Instant now, int limit);

    /**
     * Moves the payment deadline of an order that is due at {@code now} to {@code retryAt}: the caller takes the order
     * on, and should it fail, the order falls due again then. Of several sweepers only one takes each order.
     *
     * @return false when the order was not due any more (paid, closed, or taken on by another sweeper)
     */
    boolean postponePaymentDeadline(long orderId, Instant now, Instant retryAt);

    /**
     * Ordinary orders whose shopper asked for a refund before {@code askedBefore} and that {@link OrderTransition#REFUND}
     * may still take (confirmed, not shipped), leaving out those taken on at or after {@code attemptedBefore}; the
     * oldest ask first.
     */
    List<Order> findAskedRefundsBefore(Instant askedBefore, Instant attemptedBefore, int limit);

    /**
     * Takes on finishing the asked refund of the order at {@code now}, unless it was taken on at or after
     * {@code attemptedBefore}: of several sweepers only one takes each order, and it is not taken again before the
     * retry interval has passed, whatever came of the attempt.
     *
     * @return false when the order was taken on since, or may no longer be refunded
     */
    boolean takeOnAskedRefund(long orderId, Instant now, Instant attemptedBefore);
}
