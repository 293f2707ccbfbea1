package com.shop.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What must hold across all services once the dust settles (ARCHITECTURE.md §10), read straight from the
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
                "SELECT order_id, order_status, goods_number FROM trade_order WHERE order_status IN (1, 2)")) {
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
                "SELECT order_id, order_status, money_paid FROM trade_order WHERE order_status IN (1, 2)")) {
            long orderId = ((Number) order.get("order_id")).longValue();
            int status = ((Number) order.get("order_status")).intValue();
            BigDecimal expected = status == 1 ? (BigDecimal) order.get("money_paid") : BigDecimal.ZERO;
            assertThat(spent.getOrDefault(orderId, BigDecimal.ZERO)).as("balance held by order %d in state %d", orderId, status)
                    .isEqualByComparingTo(expected);
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
