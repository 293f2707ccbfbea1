package com.shop.order.application;

import com.shop.order.domain.Order;
import com.shop.order.domain.OrderRepository;
import com.shop.order.domain.OrderTransition;
import com.shop.order.domain.PlatformPayment;
import com.shop.order.support.Journal;
import com.shop.order.support.Script;
import com.shop.pojo.order.OrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Orders in memory, with the guarded transitions of the real table and a clock the test moves. */
final class InMemoryOrderRepository implements OrderRepository {

    final Script script = new Script();
    private final Journal journal;
    private final Map<Long, Order> orders = new LinkedHashMap<>();
    /** When a sweeper last took on an order's asked refund (refund_attempt_time), which the order does not carry. */
    private final Map<Long, Instant> refundAttempts = new HashMap<>();

    Instant now = Instant.parse("2026-11-22T10:00:00Z");
    /** Runs right before a confirmation, e.g. to let the sweeper cancel the order first. */
    Runnable beforeConfirm = () -> {};

    InMemoryOrderRepository(Journal journal) {
        this.journal = journal;
    }

    /** A clock that reads {@link #now}: the order service's clock, as the test moves it. */
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    List<Order> all() {
        return orders.values().stream().map(order -> order.toBuilder().build()).toList();
    }

    Order stored(long orderId) {
        return orders.get(orderId).toBuilder().build();
    }

    @Override
    public void insert(Order order) {
        journal.record("order.insert");
        script.beforeEffect("insert");
        if (orders.containsKey(order.getOrderId())) {
            throw new IllegalStateException("duplicate order id " + order.getOrderId());
        }
        orders.put(
                order.getOrderId(),
                order.getAddTime() == null
                        ? order.toBuilder().addTime(Date.from(now)).build()
                        : order.toBuilder().build());
    }

    @Override
    public boolean insertWithinUnpaidLimit(Order order, int maxUnpaid) {
        long awaitingPayment = orders.values().stream()
                .filter(stored -> stored.getUserId() == order.getUserId() && stored.holdsUnpaid())
                .count();
        if (awaitingPayment >= maxUnpaid) {
            journal.record("order.refused");
            return false;
        }
        insert(order);
        return true;
    }

    @Override
    public Optional<Order> findById(long orderId) {
        return Optional.ofNullable(orders.get(orderId))
                .map(order -> order.toBuilder().build());
    }

    @Override
    public Optional<Order> findByIdAndUser(long orderId, long userId) {
        return findById(orderId).filter(order -> order.getUserId() == userId);
    }

    @Override
    public List<Order> findByUser(long userId, long offset, int limit) {
        return orders.values().stream()
                .filter(order -> order.getUserId() == userId)
                .sorted(Comparator.comparing(Order::getAddTime)
                        .thenComparing(Order::getOrderId)
                        .reversed())
                .skip(offset)
                .limit(limit)
                .map(order -> order.toBuilder().build())
                .toList();
    }

    @Override
    public long countByUser(long userId) {
        return orders.values().stream()
                .filter(order -> order.getUserId() == userId)
                .count();
    }

    @Override
    public boolean confirm(Order confirmed) {
        beforeConfirm.run();
        journal.record("order.confirm");
        script.beforeEffect("confirm");
        Order order = orders.get(confirmed.getOrderId());
        if (order == null || !order.may(OrderTransition.CONFIRM)) {
            return false;
        }
        orders.put(confirmed.getOrderId(), confirmed.toBuilder().build());
        return true;
    }

    @Override
    public boolean markPaid(long orderId, Date paidAt) {
        journal.record("order.markPaid");
        Order order = orders.get(orderId);
        if (order == null || !order.may(OrderTransition.MARK_PAID)) {
            return false;
        }
        order.setPayStatus(OrderTransition.MARK_PAID.getPayStatusAfter());
        order.setPayTime(paidAt == null ? Date.from(now) : paidAt);
        order.setPayDeadline(null);
        return true;
    }

    @Override
    public boolean markPaidBy(long orderId, PlatformPayment payment) {
        if (!markPaid(orderId, payment.paidAt())) {
            return false;
        }
        Order order = orders.get(orderId);
        order.setPayId(payment.payId());
        order.setPayChannel(payment.channel());
        order.setTransactionId(payment.transactionId());
        return true;
    }

    /** Journaled by the transition's name as the repository once named its methods: "order.cancelUnpaid", … */
    @Override
    public boolean close(long orderId, OrderTransition closing, String reason) {
        if (!closing.closes()) {
            throw new IllegalArgumentException(closing + " does not close an order");
        }
        String name = methodName(closing);
        journal.record("order." + name);
        script.beforeEffect(name);
        Order order = orders.get(orderId);
        if (order == null || !order.may(closing)) {
            return false;
        }
        order.setOrderStatus(closing.getOrderStatusAfter());
        order.setCancelReason(reason);
        order.setPayDeadline(null);
        if (closing.getPayStatusAfter() != null) {
            order.setPayStatus(closing.getPayStatusAfter());
            order.setPayTime(order.getPayTime() == null ? Date.from(now) : order.getPayTime());
        }
        return true;
    }

    @Override
    public boolean markShipped(long orderId) {
        return moveShipping(orderId, OrderTransition.MARK_SHIPPED);
    }

    @Override
    public boolean ship(long orderId) {
        return moveShipping(orderId, OrderTransition.SHIP);
    }

    @Override
    public boolean receive(long orderId) {
        return moveShipping(orderId, OrderTransition.RECEIVE);
    }

    private boolean moveShipping(long orderId, OrderTransition move) {
        String name = methodName(move);
        journal.record("order." + name);
        script.beforeEffect(name);
        Order order = orders.get(orderId);
        if (order == null || !order.may(move)) {
            return false;
        }
        order.setShippingStatus(move.getShippingStatusAfter());
        return true;
    }

    @Override
    public boolean askRefund(long orderId) {
        journal.record("order.askRefund");
        script.beforeEffect("askRefund");
        Order order = orders.get(orderId);
        if (order == null || !order.may(OrderTransition.ASK_REFUND)) {
            return false;
        }
        if (order.getRefundAskedTime() == null) {
            order.setRefundAskedTime(Date.from(now));
        }
        return true;
    }

    @Override
    public List<Order> findRecent(OrderStatus status, long offset, int limit) {
        return orders.values().stream()
                .filter(order -> status == null || order.getOrderStatus() == status)
                .sorted(Comparator.comparing(Order::getAddTime)
                        .thenComparing(Order::getOrderId)
                        .reversed())
                .skip(offset)
                .limit(limit)
                .map(order -> order.toBuilder().build())
                .toList();
    }

    @Override
    public long countRecent(OrderStatus status) {
        return orders.values().stream()
                .filter(order -> status == null || order.getOrderStatus() == status)
                .count();
    }

    /** CANCEL_UNPAID → cancelUnpaid. */
    private static String methodName(OrderTransition transition) {
        String[] words = transition.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /** Changes a stored order behind the application's back, as another party would. */
    void change(long orderId, Consumer<Order> change) {
        change.accept(orders.get(orderId));
    }

    @Override
    public List<Order> findUnconfirmedAddedBefore(Instant cutoff, int limit) {
        return orders.values().stream()
                .filter(order -> order.getOrderStatus() == OrderStatus.UNCONFIRMED)
                .filter(order -> order.getAddTime().toInstant().isBefore(cutoff))
                .sorted(Comparator.comparing(Order::getAddTime))
                .limit(limit)
                .map(order -> order.toBuilder().build())
                .toList();
    }

    @Override
    public List<Long> findPaymentsDueBefore(Instant now, int limit) {
        return orders.values().stream()
                .filter(order -> order.getPayDeadline() != null
                        && order.getPayDeadline().toInstant().isBefore(now))
                .sorted(Comparator.comparing(Order::getPayDeadline))
                .limit(limit)
                .map(Order::getOrderId)
                .toList();
    }

    @Override
    public boolean postponePaymentDeadline(long orderId, Instant now, Instant retryAt) {
        journal.record("order.postponePaymentDeadline");
        Order order = orders.get(orderId);
        if (order == null
                || order.getPayDeadline() == null
                || !order.getPayDeadline().toInstant().isBefore(now)) {
            return false;
        }
        order.setPayDeadline(Date.from(retryAt));
        return true;
    }

    @Override
    public List<Order> findAskedRefundsBefore(Instant askedBefore, Instant attemptedBefore, int limit) {
        return orders.values().stream()
                .filter(order -> order.may(OrderTransition.REFUND) && order.getInnerCode() == null)
                .filter(order -> order.getRefundAskedTime() != null
                        && order.getRefundAskedTime().toInstant().isBefore(askedBefore))
                .filter(order -> notAttemptedSince(order.getOrderId(), attemptedBefore))
                .sorted(Comparator.comparing(Order::getRefundAskedTime).thenComparing(Order::getOrderId))
                .limit(limit)
                .map(order -> order.toBuilder().build())
                .toList();
    }

    @Override
    public boolean takeOnAskedRefund(long orderId, Instant now, Instant attemptedBefore) {
        journal.record("order.takeOnAskedRefund");
        Order order = orders.get(orderId);
        if (order == null
                || !order.may(OrderTransition.REFUND)
                || order.getRefundAskedTime() == null
                || !notAttemptedSince(orderId, attemptedBefore)) {
            return false;
        }
        refundAttempts.put(orderId, now);
        return true;
    }

    private boolean notAttemptedSince(long orderId, Instant attemptedBefore) {
        Instant attempt = refundAttempts.get(orderId);
        return attempt == null || attempt.isBefore(attemptedBefore);
    }
}
