package com.shop.order.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.order.OrderServiceTestBase;
import com.shop.order.application.OrderTransitions;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderFigures;
import com.shop.order.domain.OrderRepository;
import com.shop.order.domain.OrderTimeline;
import com.shop.order.domain.OrderTimelineEvent;
import com.shop.order.domain.OrderTransition;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.order.ShippingStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The order table's mapping and guarded transitions on the real database with the Flyway schema. */
class MyBatisOrderRepositoryTest extends OrderServiceTestBase {

    @Autowired
    OrderRepository orders;

    @Autowired
    OrderTransitions transitions;

    @Autowired
    OrderTimeline timeline;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anOrderIsStoredAndReadBackWithEveryColumn() {
        long userId = newId();
        Order order = newOrder(userId, 42L, "3.00", "5.00");

        orders.insert(order);
        Order stored = orders.findById(order.getOrderId()).orElseThrow();

        assertThat(stored)
                .usingRecursiveComparison()
                .ignoringFields("addTime", "updateTime")
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(order);
        assertThat(stored.getOrderStatus()).isEqualTo(OrderStatus.UNCONFIRMED);
        assertThat(stored.getPayStatus()).isEqualTo(PayStatus.UNPAID);
        assertThat(stored.getShippingStatus()).isEqualTo(ShippingStatus.NOT_SHIPPED);
        assertThat(stored.getGoodsPrice()).isEqualTo("12.50");
        assertThat(stored.getAddTime()).isNotNull();
        assertThat(stored.getUpdateTime()).isNotNull();
        assertThat(stored.getConfirmTime()).isNull();
        assertThat(jdbc.queryForObject(
                        "SELECT order_status FROM trade_order WHERE order_id = ?", Integer.class, order.getOrderId()))
                .isZero();
    }

    @Test
    void aUserAtTheUnpaidLimitGetsNoNewOrderUntilOneIsPaidOrCancelled() {
        long userId = newId();
        Order first = confirmed(newOrder(userId));
        confirmed(newOrder(userId));
        Order underWay = inserted(newOrder(userId));
        Order next = newOrder(userId);

        assertThat(withinLimit(next, 3))
                .as("two awaiting payment, one being confirmed")
                .isFalse();
        assertThat(orders.findById(next.getOrderId())).isEmpty();

        orders.markPaid(first.getOrderId(), new Date());
        assertThat(withinLimit(next, 3)).isTrue();
        Order another = newOrder(userId);
        assertThat(withinLimit(another, 3)).isFalse();

        orders.close(underWay.getOrderId(), OrderTransition.CANCEL, "a step failed");
        assertThat(withinLimit(another, 3)).isTrue();
        assertThat(withinLimit(newOrder(newId()), 3)).as("another user").isTrue();
    }

    @Test
    void concurrentOrdersOfOneUserAreCountedOneAfterAnother() throws Exception {
        long userId = newId();
        int attempts = 12;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> placed = new ArrayList<>();
        try {
            for (int attempt = 0; attempt < attempts; attempt++) {
                placed.add(pool.submit(() -> {
                    start.await();
                    return withinLimit(newOrder(userId), 3);
                }));
            }
            start.countDown();
            int stored = 0;
            for (Future<Boolean> one : placed) {
                stored += one.get() ? 1 : 0;
            }

            assertThat(stored).isEqualTo(3);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trade_order WHERE user_id = ?", Integer.class, userId))
                    .isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean withinLimit(Order order, int maxUnpaid) {
        return Boolean.TRUE.equals(new TransactionTemplate(transactions)
                .execute(status -> orders.insertWithinUnpaidLimit(order, maxUnpaid)));
    }

    @Test
    void anOrderWithoutCouponStoresNone() {
        Order order = newOrder(newId());

        orders.insert(order);

        assertThat(orders.findById(order.getOrderId()).orElseThrow().getCouponId())
                .isNull();
    }

    @Test
    void confirmationMovesOnlyAnUnconfirmedOrder() {
        Order order = inserted(newOrder(newId()));

        assertThat(orders.confirm(confirmedNow(order))).isTrue();
        assertThat(orders.confirm(confirmedNow(order))).isFalse();
        assertThat(orders.close(order.getOrderId(), OrderTransition.CANCEL, "too late"))
                .isFalse();

        Order stored = orders.findById(order.getOrderId()).orElseThrow();
        assertThat(stored.getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(stored.getPayStatus()).isEqualTo(PayStatus.UNPAID);
        assertThat(stored.getConfirmTime()).isNotNull();
        assertThat(stored.getPayTime()).isNull();
        assertThat(stored.getCancelReason()).isNull();
    }

    @Test
    void anOrderPaidInFullIsPaidWhenConfirmed() {
        Order order = inserted(newOrder(newId(), 7L, "20.00", "15.00"));

        assertThat(orders.confirm(confirmedNow(order))).isTrue();

        Order stored = orders.findById(order.getOrderId()).orElseThrow();
        assertThat(stored.getPayStatus()).isEqualTo(PayStatus.PAID);
        assertThat(stored.getPayTime()).isNotNull();
        assertThat(orderRow(order.getOrderId())).containsEntry("pay_status", 2);
    }

    @Test
    void cancellationMovesOnlyAnUnconfirmedOrder() {
        Order order = inserted(newOrder(newId()));

        assertThat(orders.close(order.getOrderId(), OrderTransition.CANCEL, "stock refused"))
                .isTrue();
        assertThat(orders.close(order.getOrderId(), OrderTransition.CANCEL, "again"))
                .isFalse();
        assertThat(orders.confirm(confirmedNow(order))).isFalse();

        Order stored = orders.findById(order.getOrderId()).orElseThrow();
        assertThat(stored.getOrderStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stored.getCancelReason()).isEqualTo("stock refused");
        assertThat(orderRow(order.getOrderId())).containsEntry("order_status", 2);
    }

    @Test
    void racingCancellationsCancelAndAnnounceOnce() throws Exception {
        Order order = inserted(newOrder(newId(), 3L, "10.00", "5.00"));

        List<Boolean> outcomes = concurrently(4, () -> transitions.cancel(order, "swept"));

        assertThat(outcomes).containsOnlyOnce(true);
        assertThat(outboxRows(order.getOrderId())).isEqualTo(1);
    }

    @Test
    void aPaymentMovesOnlyAConfirmedUnpaidOrderAndLeavesItConfirmed() {
        Order unconfirmed = inserted(newOrder(newId()));
        Order order = confirmed(newOrder(newId()));
        Date paidAt = Date.from(Instant.parse("2026-11-22T08:00:00Z"));

        assertThat(orders.markPaid(unconfirmed.getOrderId(), paidAt)).isFalse();
        assertThat(orders.markPaid(order.getOrderId(), paidAt)).isTrue();
        assertThat(orders.markPaid(order.getOrderId(), new Date())).isFalse();

        Order stored = orders.findById(order.getOrderId()).orElseThrow();
        assertThat(stored.getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(stored.getPayStatus()).isEqualTo(PayStatus.PAID);
        assertThat(stored.getPayTime()).isEqualTo(paidAt);
        assertThat(orders.close(order.getOrderId(), OrderTransition.CANCEL_UNPAID, "too late"))
                .isFalse();
        assertThat(orders.close(order.getOrderId(), OrderTransition.INVALIDATE_UNPAID, "too late"))
                .isFalse();
    }

    @Test
    void anUnpaidOrderIsCancelledOrInvalidatedOnlyOnceAndNeverBoth() {
        Order cancelled = confirmed(newOrder(newId()));
        Order invalid = confirmed(newOrder(newId()));

        assertThat(orders.close(cancelled.getOrderId(), OrderTransition.CANCEL_UNPAID, "by the user"))
                .isTrue();
        assertThat(orders.close(cancelled.getOrderId(), OrderTransition.INVALIDATE_UNPAID, "timed out"))
                .isFalse();
        assertThat(orders.close(invalid.getOrderId(), OrderTransition.INVALIDATE_UNPAID, "timed out"))
                .isTrue();
        assertThat(orders.close(invalid.getOrderId(), OrderTransition.CANCEL_UNPAID, "by the user"))
                .isFalse();
        assertThat(orders.close(invalid.getOrderId(), OrderTransition.REFUND, "refund"))
                .isFalse();
        assertThat(orders.markPaid(invalid.getOrderId(), new Date())).isFalse();

        assertThat(orderRow(cancelled.getOrderId()))
                .containsEntry("order_status", 2)
                .containsEntry("cancel_reason", "by the user");
        assertThat(orderRow(invalid.getOrderId()))
                .containsEntry("order_status", 3)
                .containsEntry("pay_status", 0)
                .containsEntry("cancel_reason", "timed out");
    }

    @Test
    void aConfirmedUnshippedOrderIsRefundedAndCountsAsPaid() {
        Order unpaid = confirmed(newOrder(newId()));
        Order shipped = confirmed(newOrder(newId()));
        jdbc.update(
                "UPDATE trade_order SET pay_status = 2, shipping_status = 1 WHERE order_id = ?", shipped.getOrderId());

        assertThat(orders.close(unpaid.getOrderId(), OrderTransition.REFUND, "refunded"))
                .isTrue();
        assertThat(orders.close(unpaid.getOrderId(), OrderTransition.REFUND, "again"))
                .isFalse();
        assertThat(orders.close(shipped.getOrderId(), OrderTransition.REFUND, "refunded"))
                .isFalse();

        Order refunded = orders.findById(unpaid.getOrderId()).orElseThrow();
        assertThat(refunded.getOrderStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.getPayStatus()).isEqualTo(PayStatus.PAID);
        assertThat(refunded.getPayTime()).isNotNull();
        assertThat(refunded.getCancelReason()).isEqualTo("refunded");
        assertThat(orderRow(shipped.getOrderId())).containsEntry("order_status", 1);
        assertThat(orders.close(shipped.getOrderId(), OrderTransition.CANCEL_UNPAID, "no"))
                .isFalse();
    }

    @Test
    void anOperatorShipsOnlyAPaidOrdinaryOrderOnceAndItsShopperReceivesItOnce() {
        Order order = confirmed(newOrder(newId()));
        assertThat(orders.ship(order.getOrderId())).as("unpaid").isFalse();
        orders.markPaid(order.getOrderId(), new Date());

        assertThat(orders.receive(order.getOrderId())).as("not shipped").isFalse();
        assertThat(orders.ship(order.getOrderId())).isTrue();
        assertThat(orders.ship(order.getOrderId())).as("a repeat").isFalse();
        assertThat(orderRow(order.getOrderId())).containsEntry("shipping_status", 1);
        assertThat(orders.close(order.getOrderId(), OrderTransition.REFUND, "too late"))
                .isFalse();
        assertThat(orders.askRefund(order.getOrderId())).isFalse();
        assertThat(orders.receive(order.getOrderId())).isTrue();
        assertThat(orders.receive(order.getOrderId())).as("a repeat").isFalse();

        Order received = orders.findById(order.getOrderId()).orElseThrow();
        assertThat(received.getShippingStatus()).isEqualTo(ShippingStatus.RECEIVED);
        assertThat(received.getOrderStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(orderRow(order.getOrderId())).containsEntry("shipping_status", 3);
    }

    @Test
    void aVendingOrderIsNeitherShippedByAnOperatorNorReceived() {
        Order order = confirmed(newOrder(newId()));
        jdbc.update(
                "UPDATE trade_order SET inner_code = '01000028', pay_status = 2 WHERE order_id = ?",
                order.getOrderId());

        assertThat(orders.ship(order.getOrderId())).isFalse();
        assertThat(orders.markShipped(order.getOrderId()))
                .as("its machine dispensed it")
                .isTrue();
        assertThat(orders.receive(order.getOrderId())).isFalse();
        assertThat(orderRow(order.getOrderId())).containsEntry("shipping_status", 1);
    }

    @Test
    void anOrderWhoseRefundWasAskedIsNeverShipped() {
        Order order = confirmed(newOrder(newId()));
        orders.markPaid(order.getOrderId(), new Date());

        assertThat(orders.askRefund(order.getOrderId())).isTrue();
        Date asked = orders.findById(order.getOrderId()).orElseThrow().getRefundAskedTime();
        assertThat(asked).isNotNull();
        assertThat(orders.ship(order.getOrderId())).isFalse();
        assertThat(orders.askRefund(order.getOrderId()))
                .as("asked again by the next cancel")
                .isTrue();
        assertThat(orders.findById(order.getOrderId()).orElseThrow().getRefundAskedTime())
                .as("the first ask's time is kept")
                .isEqualTo(asked);
        assertThat(orders.close(order.getOrderId(), OrderTransition.REFUND, "refunded"))
                .isTrue();
        assertThat(orders.askRefund(order.getOrderId())).as("closed").isFalse();
        assertThat(orderRow(order.getOrderId())).containsEntry("shipping_status", 0);
    }

    @Test
    void ofAShipmentAndARefundRacingForOneOrderExactlyOneWins() throws Exception {
        for (int round = 0; round < 10; round++) {
            Order order = confirmed(newOrder(newId()));
            orders.markPaid(order.getOrderId(), new Date());
            long orderId = order.getOrderId();

            List<Boolean> outcomes = race(List.of(() -> orders.ship(orderId), () -> orders.askRefund(orderId)));

            assertThat(outcomes).containsExactlyInAnyOrder(true, false);
            Map<String, Object> row = orderRow(orderId);
            assertThat(row.get("shipping_status").equals(1)).isEqualTo(row.get("refund_asked_time") == null);
        }
    }

    @Test
    void theOperatorsListingIsEveryUsersOrdersNewestFirstFilteredByOrderStatus() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Order order = confirmed(newOrder(newId()));
            ids.add(order.getOrderId());
            // beyond any other test's orders, so they lead the listing
            jdbc.update(
                    "UPDATE trade_order SET add_time = '2200-01-01' + INTERVAL ? MINUTE WHERE order_id = ?",
                    i,
                    order.getOrderId());
        }
        orders.close(ids.get(1), OrderTransition.CANCEL_UNPAID, "by the user");

        assertThat(orders.findRecent(null, 0, 2)).extracting(Order::getOrderId).containsExactly(ids.get(2), ids.get(1));
        assertThat(orders.findRecent(null, 2, 1)).extracting(Order::getOrderId).containsExactly(ids.get(0));
        assertThat(orders.findRecent(OrderStatus.CONFIRMED, 0, 2))
                .extracting(Order::getOrderId)
                .containsExactly(ids.get(2), ids.get(0));
        assertThat(orders.findRecent(OrderStatus.CANCELLED, 0, 1))
                .extracting(Order::getOrderId)
                .containsExactly(ids.get(1));
        assertThat(orders.countRecent(null)).isGreaterThanOrEqualTo(3);
        assertThat(orders.countRecent(OrderStatus.CANCELLED))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM trade_order WHERE order_status = 2", Long.class));
    }

    @Test
    void theTimelineKeepsOneEntryPerEvent() {
        long orderId = newId();

        assertThat(timeline.record(orderId, OrderTimelineEvent.CONFIRMED, "to pay 30.00"))
                .isTrue();
        assertThat(timeline.record(orderId, OrderTimelineEvent.CONFIRMED, "again"))
                .isFalse();
        assertThat(timeline.record(orderId, OrderTimelineEvent.PAID, "d".repeat(300)))
                .isTrue();

        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(event, ':', CHAR_LENGTH(detail)) FROM trade_order_log "
                                + "WHERE order_id = ? ORDER BY event",
                        String.class,
                        orderId))
                .containsExactly("CONFIRMED:12", "PAID:255");
    }

    @Test
    void aUserSeesOnlyTheirOwnOrders() {
        long owner = newId();
        Order order = inserted(newOrder(owner));

        assertThat(orders.findByIdAndUser(order.getOrderId(), owner)).isPresent();
        assertThat(orders.findByIdAndUser(order.getOrderId(), newId())).isEmpty();
        assertThat(orders.findByIdAndUser(newId(), owner)).isEmpty();
    }

    @Test
    void pagesAreNewestFirst() {
        long userId = newId();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Order order = inserted(newOrder(userId));
            ids.add(order.getOrderId());
            jdbc.update(
                    "UPDATE trade_order SET add_time = NOW(3) - INTERVAL ? MINUTE WHERE order_id = ?",
                    10 - i,
                    order.getOrderId());
        }
        inserted(newOrder(newId())); // someone else's

        assertThat(orders.countByUser(userId)).isEqualTo(5);
        assertThat(orders.findByUser(userId, 0, 2))
                .extracting(Order::getOrderId)
                .containsExactly(ids.get(4), ids.get(3));
        assertThat(orders.findByUser(userId, 2, 2))
                .extracting(Order::getOrderId)
                .containsExactly(ids.get(2), ids.get(1));
        assertThat(orders.findByUser(userId, 4, 2))
                .extracting(Order::getOrderId)
                .containsExactly(ids.get(0));
        assertThat(orders.findByUser(userId, 6, 2)).isEmpty();
    }

    @Test
    void onlyOrdersUnconfirmedLongerThanTheBoundAreStuck() {
        // 3 s old and the query asks for 2 s; the scheduled sweeper (25 s) leaves them alone meanwhile
        Order stuck = inserted(newOrder(newId()));
        Order young = inserted(newOrder(newId()));
        Order confirmed = inserted(newOrder(newId()));
        orders.confirm(confirmedNow(confirmed));
        for (Order order : List.of(stuck, confirmed)) {
            jdbc.update(
                    "UPDATE trade_order SET add_time = NOW(3) - INTERVAL 3 SECOND WHERE order_id = ?",
                    order.getOrderId());
        }

        Instant cutoff = Instant.now().minusSeconds(2);
        List<Long> found = orders.findUnconfirmedAddedBefore(cutoff, 10_000).stream()
                .map(Order::getOrderId)
                .toList();

        assertThat(found).contains(stuck.getOrderId()).doesNotContain(young.getOrderId(), confirmed.getOrderId());
        assertThat(orders.findUnconfirmedAddedBefore(cutoff, 1)).hasSize(1);
    }

    @Test
    void aConfirmedOrderFallsDueAtItsDeadlineUntilItIsPaid() {
        Order unpaid = inserted(newOrder(newId()));
        Order paidInFull = inserted(newOrder(newId(), 7L, "20.00", "15.00"));
        Instant confirmedAt = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
        orders.confirm(unpaid.confirmed(confirmedAt, Duration.ofSeconds(60)));
        orders.confirm(paidInFull.confirmed(confirmedAt, Duration.ofSeconds(60)));

        Instant now = Instant.now();
        assertThat(orders.findPaymentsDueBefore(now, 10_000))
                .contains(unpaid.getOrderId())
                .doesNotContain(paidInFull.getOrderId());
        assertThat(orders.findPaymentsDueBefore(confirmedAt.plusSeconds(59), 10_000))
                .doesNotContain(unpaid.getOrderId());
        assertThat(orders.findById(unpaid.getOrderId()).orElseThrow().getPayDeadline())
                .isEqualTo(Date.from(confirmedAt.plusSeconds(60)));

        assertThat(orders.markPaid(unpaid.getOrderId(), null)).isTrue();

        assertThat(orders.findPaymentsDueBefore(now, 10_000)).doesNotContain(unpaid.getOrderId());
        assertThat(orderRow(unpaid.getOrderId()).get("pay_deadline")).isNull();
    }

    @Test
    void ofSweepersFindingAnOrderDueOnlyOneTakesItOnAndItFallsDueAgainLater() throws Exception {
        Order order = inserted(newOrder(newId()));
        orders.confirm(order.confirmed(Instant.now().minusSeconds(120), Duration.ofSeconds(60)));
        Instant now = Instant.now();
        Instant retryAt = now.plusSeconds(30);

        List<Boolean> taken = concurrently(6, () -> orders.postponePaymentDeadline(order.getOrderId(), now, retryAt));

        assertThat(taken).containsOnlyOnce(true);
        assertThat(orders.findPaymentsDueBefore(now, 10_000)).doesNotContain(order.getOrderId());
        assertThat(orders.findPaymentsDueBefore(retryAt.plusSeconds(1), 10_000)).contains(order.getOrderId());
        assertThat(orders.close(order.getOrderId(), OrderTransition.INVALIDATE_UNPAID, "not paid in time"))
                .isTrue();
        assertThat(orders.findPaymentsDueBefore(retryAt.plusSeconds(1), 10_000)).doesNotContain(order.getOrderId());
    }

    @Test
    void theAskedRefundsToFinishAreTheConfirmedUnshippedOrdinaryOnesAskedBeforeTheCutoff() {
        // asked 3 s ago and the query asks for 2 s; the scheduled sweeper (60 s) leaves them alone meanwhile
        Order due = askedRefundOf(paidOrder());
        Order recent = paidOrder();
        orders.askRefund(recent.getOrderId());
        Order unasked = paidOrder();
        Order refunded = askedRefundOf(paidOrder());
        orders.close(refunded.getOrderId(), OrderTransition.REFUND, "refunded");
        Order shipped = askedRefundOf(paidOrder());
        jdbc.update("UPDATE trade_order SET shipping_status = 1 WHERE order_id = ?", shipped.getOrderId());
        Order vending = askedRefundOf(paidOrder());
        jdbc.update("UPDATE trade_order SET inner_code = '01000028' WHERE order_id = ?", vending.getOrderId());
        Instant now = Instant.now();

        assertThat(askedRefundsAt(now))
                .contains(due.getOrderId())
                .doesNotContain(
                        recent.getOrderId(),
                        unasked.getOrderId(),
                        refunded.getOrderId(),
                        shipped.getOrderId(),
                        vending.getOrderId());
        assertThat(orders.findAskedRefundsBefore(now.minusSeconds(2), now, 1)).hasSize(1);
    }

    @Test
    void ofSweepersFindingAnAskedRefundOnlyOneTakesItOnAndItIsFoundAgainAfterTheRetryInterval() throws Exception {
        Order order = askedRefundOf(paidOrder());
        Instant now = Instant.now();

        List<Boolean> taken = concurrently(6, () -> orders.takeOnAskedRefund(order.getOrderId(), now, now));

        assertThat(taken).containsOnlyOnce(true);
        assertThat(orderRow(order.getOrderId()).get("refund_attempt_time")).isNotNull();
        assertThat(askedRefundsAt(now)).doesNotContain(order.getOrderId());
        Instant afterRetryInterval = now.plusSeconds(600);
        assertThat(orders.findAskedRefundsBefore(now.minusSeconds(2), afterRetryInterval, 10_000).stream()
                        .map(Order::getOrderId))
                .contains(order.getOrderId());
        assertThat(orders.takeOnAskedRefund(order.getOrderId(), afterRetryInterval, afterRetryInterval))
                .isTrue();
        assertThat(orders.close(order.getOrderId(), OrderTransition.REFUND, "refunded"))
                .isTrue();
        Instant later = afterRetryInterval.plusSeconds(600);
        assertThat(orders.takeOnAskedRefund(order.getOrderId(), later, later))
                .as("refunded")
                .isFalse();
    }

    /** Ids of the asked refunds a sweeper with a 2 s grace finds at {@code now}, none of them attempted since. */
    private List<Long> askedRefundsAt(Instant now) {
        return orders.findAskedRefundsBefore(now.minusSeconds(2), now, 10_000).stream()
                .map(Order::getOrderId)
                .toList();
    }

    private Order paidOrder() {
        Order order = confirmed(newOrder(newId()));
        orders.markPaid(order.getOrderId(), new Date());
        return order;
    }

    /** Its refund asked 3 s ago, as by a cancel that never finished. */
    private Order askedRefundOf(Order order) {
        assertThat(orders.askRefund(order.getOrderId())).isTrue();
        jdbc.update(
                "UPDATE trade_order SET refund_asked_time = NOW(3) - INTERVAL 3 SECOND WHERE order_id = ?",
                order.getOrderId());
        return order;
    }

    private Order inserted(Order order) {
        orders.insert(order);
        return order;
    }

    private Order confirmed(Order order) {
        orders.insert(order);
        orders.confirm(confirmedNow(order));
        return order;
    }

    /** The order confirmed now, with ten minutes to pay. */
    private static Order confirmedNow(Order order) {
        return order.confirmed(Instant.now(), Duration.ofMinutes(10));
    }

    /** 2 × 12.50 + 10.00 shipping = 35.00, 5.00 of it from the balance. */
    private static Order newOrder(long userId) {
        return newOrder(userId, null, "0.00", "5.00");
    }

    private static Order newOrder(long userId, Long couponId, String couponPaid, String moneyPaid) {
        BigDecimal coupon = new BigDecimal(couponPaid);
        BigDecimal balance = new BigDecimal(moneyPaid);
        BigDecimal orderAmount = new BigDecimal("35.00");
        OrderFigures figures = new OrderFigures(
                new BigDecimal("12.50"),
                2,
                new BigDecimal("25.00"),
                new BigDecimal("10.00"),
                orderAmount,
                coupon,
                balance,
                orderAmount.subtract(coupon).subtract(balance));
        return Order.unconfirmed(newId(), userId, 77, couponId, figures, "1 Test Street", "Tester", Instant.now());
    }

    /** Each task on a thread of its own, all let go at once. */
    private static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }

    private static <T> List<T> concurrently(int callers, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }
}
