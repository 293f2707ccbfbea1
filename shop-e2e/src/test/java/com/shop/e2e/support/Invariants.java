package com.shop.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What must hold across all services once the dust settles (docs/architecture.md §10), read straight from the
 * databases: every stock and balance equals its ledger, every order's parts agree with its state, no message
 * is left in an outbox, no order is left half-confirmed.
 */
public final class Invariants {

    private static final List<String> DATABASES = List.of("shop_order", "shop_goods", "shop_coupon", "shop_user", "shop_pay");
    private final ShopDatabase db;

    public Invariants(ShopDatabase db) {
        this.db = db;
    }

    /** Waits until every invariant holds (compensation is asynchronous), failing with the last violation. */
    public void holdWithin(Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofMillis(500)).untilAsserted(this::hold);
    }

    public void hold() {
        noOrderLeftUnconfirmed();
        noOutboxRowLeftUnsent();
        stockMovesOnlyThroughItsLedger();
        stockAndBalancesAreConserved();
        everyOrderIsReflectedInTheStockLedger();
        everyCouponIsHeldByAtMostOneLiveOrder();
        everyOrderIsReflectedInTheMoneyLog();
        everyPaidPaymentHasExactlyOnePaidOrder();
        refundsNeverExceedWhatWasPaid();
        pointsEqualTheirLedger();
        vendingUnitsAreConserved();
        everyVendingOrderIsReflectedInTheVendingLedger();
    }

    private void noOrderLeftUnconfirmed() {
        assertThat(db.rows("shop_order", "SELECT order_id FROM trade_order WHERE order_status = 0"))
                .as("orders still UNCONFIRMED").isEmpty();
    }

    private void noOutboxRowLeftUnsent() {
        for (String database : DATABASES) {
            assertThat(db.rows(database, "SELECT id, msg_tag, msg_key FROM trade_mq_producer_temp WHERE msg_status = 0"))
                    .as("unsent outbox rows in " + database).isEmpty();
        }
    }

    /** A forward entry without an undo is live: stock taken by a confirmed order. Stock can never go negative. */
    private void stockMovesOnlyThroughItsLedger() {
        assertThat(db.rows("shop_goods", "SELECT goods_id FROM trade_goods WHERE goods_number < 0")).isEmpty();
        assertThat(db.rows("shop_goods", "SELECT order_id FROM trade_goods_number_log"
                + " WHERE phase = 'UNDO' AND order_id NOT IN"
                + " (SELECT order_id FROM trade_goods_number_log WHERE phase = 'FORWARD' AND op = 'REDUCE')"))
                .as("stock restored for orders that never took any").isEmpty();
    }

    /** Current stock = initial stock + the ledger's signed movements; the same for balances and the money log. */
    private void stockAndBalancesAreConserved() {
        Map<Long, Integer> moved = net("shop_goods", "SELECT goods_id, SUM(goods_number) FROM trade_goods_number_log GROUP BY goods_id");
        db.initialStock().forEach((goodsId, initial) -> assertThat(db.stockOf(goodsId))
                .as("stock of goods %d against its ledger", goodsId).isEqualTo(initial + moved.getOrDefault(goodsId, 0)));
        Map<Long, BigDecimal> paid = new java.util.HashMap<>();
        for (Map<String, Object> row : db.rows("shop_user",
                "SELECT user_id, SUM(use_money) AS moved FROM trade_user_money_log GROUP BY user_id")) {
            paid.put(((Number) row.get("user_id")).longValue(), (BigDecimal) row.get("moved"));
        }
        db.initialBalance().forEach((userId, initial) -> assertThat(db.balanceOf(userId))
                .as("balance of user %d against the money log", userId)
                .isEqualByComparingTo(initial.add(paid.getOrDefault(userId, BigDecimal.ZERO))));
    }

    private void everyOrderIsReflectedInTheStockLedger() {
        Map<Long, Integer> taken = net("shop_goods",
                "SELECT order_id, -SUM(goods_number) FROM trade_goods_number_log GROUP BY order_id");
        for (Map<String, Object> order : db.rows("shop_order",
                "SELECT order_id, order_status, goods_number FROM trade_order"
                        + " WHERE order_status IN (1, 2, 3, 4) AND inner_code IS NULL")) {
            long orderId = ((Number) order.get("order_id")).longValue();
            int status = ((Number) order.get("order_status")).intValue();
            int expected = status == 1 ? ((Number) order.get("goods_number")).intValue() : 0;
            assertThat(taken.getOrDefault(orderId, 0)).as("units held by order %d in state %d", orderId, status)
                    .isEqualTo(expected);
        }
    }

    private void everyCouponIsHeldByAtMostOneLiveOrder() {
        for (Map<String, Object> coupon : db.rows("shop_coupon",
                "SELECT coupon_id, order_id FROM trade_coupon WHERE is_used = 1")) {
            long orderId = ((Number) coupon.get("order_id")).longValue();
            List<Map<String, Object>> holder = db.rows("shop_order",
                    "SELECT order_status, coupon_id FROM trade_order WHERE order_id = ?", orderId);
            assertThat(holder).as("order holding coupon %s", coupon.get("coupon_id")).hasSize(1);
            assertThat(((Number) holder.get(0).get("order_status")).intValue()).as("state of the coupon's order").isEqualTo(1);
            assertThat(((Number) holder.get(0).get("coupon_id")).longValue()).isEqualTo(((Number) coupon.get("coupon_id")).longValue());
        }
        assertThat(db.rows("shop_coupon", "SELECT coupon_id FROM trade_coupon WHERE is_used = 0 AND order_id IS NOT NULL"))
                .as("unused coupons still naming an order").isEmpty();
    }

    private void everyOrderIsReflectedInTheMoneyLog() {
        assertThat(db.rows("shop_user", "SELECT user_id FROM trade_user WHERE user_money < 0")).isEmpty();
        Map<Long, BigDecimal> spent = netMoney();
        for (Map<String, Object> order : db.rows("shop_order",
                "SELECT order_id, order_status, money_paid FROM trade_order WHERE order_status IN (1, 2, 3, 4)")) {
            long orderId = ((Number) order.get("order_id")).longValue();
            int status = ((Number) order.get("order_status")).intValue();
            BigDecimal expected = status == 1 ? (BigDecimal) order.get("money_paid") : BigDecimal.ZERO;
            assertThat(spent.getOrDefault(orderId, BigDecimal.ZERO)).as("balance held by order %d in state %d", orderId, status)
                    .isEqualByComparingTo(expected);
        }
    }

    /** A payment the platform confirmed belongs to an order marked paid, or to one refunded with it. */
    private void everyPaidPaymentHasExactlyOnePaidOrder() {
        List<Map<String, Object>> paid = db.rows("shop_pay", "SELECT pay_id, order_id, pay_amount FROM trade_pay WHERE pay_status = 2");
        Map<Long, Long> paymentsPerOrder = new java.util.HashMap<>();
        for (Map<String, Object> payment : paid) {
            long orderId = ((Number) payment.get("order_id")).longValue();
            paymentsPerOrder.merge(orderId, 1L, Long::sum);
            List<Map<String, Object>> order = db.rows("shop_order",
                    "SELECT order_status, pay_status, pay_amount FROM trade_order WHERE order_id = ?", orderId);
            assertThat(order).as("order of paid payment %s", payment.get("pay_id")).hasSize(1);
            int status = ((Number) order.get(0).get("order_status")).intValue();
            int payStatus = ((Number) order.get(0).get("pay_status")).intValue();
            boolean refunded = !db.rows("shop_pay", "SELECT refund_id FROM trade_refund WHERE pay_id = ? AND refund_status = 1",
                    payment.get("pay_id")).isEmpty();
            assertThat(payStatus == 2 && status == 1 || refunded)
                    .as("paid payment %s: order state %d, pay state %d, refunded %s", payment.get("pay_id"), status, payStatus,
                            refunded).isTrue();
            assertThat((BigDecimal) payment.get("pay_amount")).isEqualByComparingTo((BigDecimal) order.get(0).get("pay_amount"));
        }
        assertThat(paymentsPerOrder.values()).as("paid payments per order").allMatch(count -> count == 1);
        for (Map<String, Object> order : db.rows("shop_order",
                "SELECT order_id FROM trade_order WHERE pay_status = 2 AND pay_amount > 0")) {
            assertThat(paymentsPerOrder).as("a paid order without a paid payment").containsKey(((Number) order.get("order_id")).longValue());
        }
    }

    private void refundsNeverExceedWhatWasPaid() {
        assertThat(db.rows("shop_pay", "SELECT r.refund_id FROM trade_refund r JOIN trade_pay p ON p.pay_id = r.pay_id"
                + " WHERE r.refund_amount > p.pay_amount OR p.pay_status <> 2 OR r.order_id <> p.order_id"))
                .as("refunds larger than their payment or of unpaid payments").isEmpty();
        assertThat(db.rows("shop_pay", "SELECT refund_id FROM trade_refund WHERE refund_status <> 1"))
                .as("refunds the platform has not accepted").isEmpty();
    }

    private void pointsEqualTheirLedger() {
        assertThat(db.rows("shop_user", "SELECT u.user_id FROM trade_user u LEFT JOIN"
                + " (SELECT user_id, SUM(score) AS earned FROM trade_user_score_log GROUP BY user_id) s ON s.user_id = u.user_id"
                + " WHERE u.user_score <> COALESCE(s.earned, 0)")).as("points that disagree with the score log").isEmpty();
    }

    /**
     * A unit leaves its channel when an order reserves it and comes back when the reservation is released: the
     * units in a channel plus those its live orders hold (reserved, dispensing, dispensed) are what it held at first.
     */
    private void vendingUnitsAreConserved() {
        Map<String, Integer> held = new java.util.HashMap<>();
        for (Map<String, Object> row : db.rows("shop_goods", "SELECT inner_code, channel_code, COUNT(*) AS units"
                + " FROM trade_vending_order WHERE status IN (0, 1, 2) GROUP BY inner_code, channel_code")) {
            held.put(row.get("inner_code") + "/" + row.get("channel_code"), ((Number) row.get("units")).intValue());
        }
        assertThat(db.rows("shop_goods", "SELECT order_id FROM trade_vending_order WHERE status = 3"))
                .as("failed dispenses whose unit was not given back").isEmpty();
        db.initialUnits().forEach((channel, initial) -> {
            String[] key = channel.split("/", 2);
            assertThat(db.unitsIn(key[0], key[1]) + held.getOrDefault(channel, 0))
                    .as("units of channel %s against its orders", channel).isEqualTo(initial);
        });
    }

    /**
     * A confirmed vending order holds its unit (reserved or dispensing while unpaid or paid, dispensed once shipped);
     * a closed one holds none; a shipped one was paid.
     */
    private void everyVendingOrderIsReflectedInTheVendingLedger() {
        for (Map<String, Object> order : db.rows("shop_order", "SELECT order_id, order_status, pay_status, shipping_status"
                + " FROM trade_order WHERE inner_code IS NOT NULL AND order_status IN (1, 2, 3, 4)")) {
            long orderId = ((Number) order.get("order_id")).longValue();
            int status = ((Number) order.get("order_status")).intValue();
            boolean shipped = ((Number) order.get("shipping_status")).intValue() == 1;
            Integer vending = db.vendingStatus(orderId);
            if (shipped) {
                assertThat(vending).as("vending order %d shipped", orderId).isEqualTo(2);
                assertThat(((Number) order.get("pay_status")).intValue()).as("shipped order %d paid", orderId).isEqualTo(2);
            } else if (status == 1) {
                assertThat(vending).as("confirmed vending order %d", orderId).isIn(0, 1);
            } else {
                assertThat(vending).as("closed vending order %d", orderId).isIn(null, 4);
            }
        }
    }

    private Map<Long, Integer> net(String database, String sql) {
        Map<Long, Integer> result = new java.util.HashMap<>();
        for (Map<String, Object> row : db.rows(database, sql)) {
            List<Object> values = List.copyOf(row.values());
            result.put(((Number) values.get(0)).longValue(), ((Number) values.get(1)).intValue());
        }
        return result;
    }

    private Map<Long, BigDecimal> netMoney() {
        Map<Long, BigDecimal> result = new java.util.HashMap<>();
        for (Map<String, Object> row : db.rows("shop_user",
                "SELECT order_id, -SUM(use_money) AS spent FROM trade_user_money_log GROUP BY order_id")) {
            result.put(((Number) row.get("order_id")).longValue(), (BigDecimal) row.get("spent"));
        }
        return result;
    }
}
