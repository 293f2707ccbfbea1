package com.shop.check;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The user service's balances and points: moved only through their logs, held exactly by live orders. */
final class MoneyInvariants implements InvariantGroup {

    static final String NEVER_NEGATIVE = "balances are never negative";
    static final String CONSERVED = "balance of each user = opening balance + the money log";
    static final String POINTS_CONSERVED = "points of each user = the points log";
    static final String HELD_BY_LIVE_ORDERS =
            "each settled order holds the balance its state says (confirmed: money_paid, else none)";
    static final String POINTS_ONLY_FOR_PAID = "points are held only by confirmed, paid orders";

    @Override
    public void check(CheckContext context) {
        Snapshot db = context.db();
        Findings findings = context.findings();
        findings.offending(
                NEVER_NEGATIVE, db.rows("user", "SELECT user_id, user_money FROM trade_user WHERE user_money < 0"));
        findings.offending(
                CONSERVED,
                db.rows(
                        "user",
                        "SELECT u.user_id, u.user_money, u.opening_money,"
                                + " COALESCE(l.moved, 0) AS money_log FROM trade_user u LEFT JOIN (SELECT user_id, SUM(use_money) AS moved"
                                + " FROM trade_user_money_log GROUP BY user_id) l ON l.user_id = u.user_id"
                                + " WHERE u.user_money <> u.opening_money + COALESCE(l.moved, 0)"));
        findings.offending(
                POINTS_CONSERVED,
                db.rows(
                        "user",
                        "SELECT u.user_id, u.user_score,"
                                + " COALESCE(s.earned, 0) AS points_log FROM trade_user u LEFT JOIN (SELECT user_id, SUM(score) AS earned"
                                + " FROM trade_user_score_log GROUP BY user_id) s ON s.user_id = u.user_id"
                                + " WHERE u.user_score <> COALESCE(s.earned, 0)"));
        heldByLiveOrders(context);
        pointsOnlyForPaidOrders(context);
    }

    private void heldByLiveOrders(CheckContext context) {
        Map<Long, BigDecimal> spent = new HashMap<>();
        for (Map<String, Object> row : context.db()
                .rows(
                        "user",
                        "SELECT order_id, -SUM(use_money) AS spent FROM trade_user_money_log GROUP BY order_id")) {
            spent.put(Rows.longOf(row, "order_id"), Rows.money(row, "spent"));
        }
        context.findings().checked(HELD_BY_LIVE_ORDERS);
        for (OrderRow order : context.settledOrders()) {
            BigDecimal expected = order.live() ? order.moneyPaid() : BigDecimal.ZERO;
            BigDecimal actual = spent.getOrDefault(order.orderId(), BigDecimal.ZERO);
            if (actual.compareTo(expected) != 0) {
                context.findings()
                        .violation(
                                HELD_BY_LIVE_ORDERS,
                                CheckContext.figures(
                                        order, "balance_expected", expected, "balance_in_money_log", actual));
            }
        }
    }

    private void pointsOnlyForPaidOrders(CheckContext context) {
        Map<Long, Long> points = context.perOrder(
                "user", "SELECT order_id, SUM(score) AS points FROM trade_user_score_log GROUP BY order_id");
        context.findings().checked(POINTS_ONLY_FOR_PAID);
        for (OrderRow order : context.settledOrders()) {
            long held = points.getOrDefault(order.orderId(), 0L);
            if (held < 0 || held > 0 && !(order.live() && order.paid())) {
                context.findings().violation(POINTS_ONLY_FOR_PAID, CheckContext.figures(order, "points", held));
            }
        }
    }
}
