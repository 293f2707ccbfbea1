package com.shop.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pay service: money the platform took belongs to exactly one paid order or goes back; refunds never exceed
 * what was paid and end, and one the platform could not make is reported as needing an operator; a payment stays open only while its order awaits it.
 */
final class PaymentInvariants implements InvariantGroup {

    static final String PAID_ONCE = "each settled, paid, confirmed order has exactly one paid payment not refunded";
    static final String PAID_BELONGS =
            "each settled paid payment belongs to its confirmed, paid order (same amount) or is refunded";
    static final String REFUND_WITHIN_PAID = "a refund is of a paid payment of the same order, at most what was paid";
    static final String REFUND_ENDS = "no refund is left pending past the bound";
    static final String REFUND_NOT_FAILED = "no refund has failed (a failed refund needs an operator)";
    static final String OPEN_ONLY_WHILE_AWAITED =
            "no payment is left open for a settled order that no longer awaits it";

    private static final int PAYING = 1;
    private static final int PAID = 2;

    @Override
    public void check(CheckContext context) {
        Snapshot db = context.db();
        context.findings()
                .offending(
                        REFUND_WITHIN_PAID,
                        db.rows(
                                "pay",
                                "SELECT r.refund_id, r.order_id, r.pay_id,"
                                        + " r.refund_amount, p.pay_amount, p.pay_status FROM trade_refund r LEFT JOIN trade_pay p"
                                        + " ON p.pay_id = r.pay_id WHERE p.pay_id IS NULL OR r.refund_amount > p.pay_amount"
                                        + " OR p.pay_status <> 2 OR r.order_id <> p.order_id"));
        context.findings()
                .offending(
                        REFUND_ENDS,
                        db.rows(
                                "pay",
                                "SELECT refund_id, order_id, pay_id, refund_status,"
                                        + " create_time FROM trade_refund WHERE refund_status = 0 AND create_time < NOW(3) - INTERVAL ? MICROSECOND",
                                context.stuckMicros()));
        context.findings()
                .offending(
                        REFUND_NOT_FAILED,
                        db.rows(
                                "pay",
                                "SELECT refund_id, order_id, pay_id,"
                                        + " refund_amount, failure_reason, refund_time FROM trade_refund WHERE refund_status = 2"));
        List<Map<String, Object>> payments = db.rows(
                "pay",
                "SELECT p.pay_id, p.order_id, p.pay_amount, p.pay_status,"
                        + " r.refund_id IS NOT NULL AS refunded, p.update_time <= NOW(3) - INTERVAL ? MICROSECOND AS settled,"
                        + " p.update_time <= NOW(3) - INTERVAL ? MICROSECOND AS stale"
                        + " FROM trade_pay p LEFT JOIN trade_refund r ON r.pay_id = p.pay_id WHERE p.pay_status IN (1, 2)",
                context.settleMicros(),
                context.stuckMicros());
        paidBelongs(context, payments);
        paidOnce(context, payments);
        openOnlyWhileAwaited(context, payments);
    }

    private void paidBelongs(CheckContext context, List<Map<String, Object>> payments) {
        context.findings().checked(PAID_BELONGS);
        for (Map<String, Object> payment : settled(context, payments, PAID)) {
            OrderRow order = context.orders().get(Rows.longOf(payment, "order_id"));
            if (order != null && !order.settled()) {
                continue;
            }
            boolean refunded = Rows.intOf(payment, "refunded") == 1;
            boolean ownsOrder = order != null
                    && order.live()
                    && order.paid()
                    && Rows.money(payment, "pay_amount").compareTo(order.payAmount()) == 0;
            if (!refunded && !ownsOrder) {
                context.findings().violation(PAID_BELONGS, without(payment, "settled", "stale"));
            }
        }
    }

    private void paidOnce(CheckContext context, List<Map<String, Object>> payments) {
        Map<Long, Integer> unrefundedPaid = new HashMap<>();
        for (Map<String, Object> payment : payments) {
            if (Rows.intOf(payment, "pay_status") == PAID && Rows.intOf(payment, "refunded") == 0) {
                unrefundedPaid.merge(Rows.longOf(payment, "order_id"), 1, Integer::sum);
            }
        }
        context.findings().checked(PAID_ONCE);
        for (OrderRow order : context.settledOrders()) {
            int expected = order.live() && order.paid() && order.payAmount().signum() > 0 ? 1 : 0;
            int actual = unrefundedPaid.getOrDefault(order.orderId(), 0);
            if (actual != expected) {
                context.findings()
                        .violation(
                                PAID_ONCE,
                                CheckContext.figures(
                                        order, "pay_amount", order.payAmount(), "paid_payments_not_refunded", actual));
            }
        }
    }

    private void openOnlyWhileAwaited(CheckContext context, List<Map<String, Object>> payments) {
        context.findings().checked(OPEN_ONLY_WHILE_AWAITED);
        Set<Long> awaiting = new HashSet<>();
        context.orders().values().stream()
                .filter(order -> order.live() && !order.paid())
                .forEach(order -> awaiting.add(order.orderId()));
        for (Map<String, Object> payment : payments) {
            OrderRow order = context.orders().get(Rows.longOf(payment, "order_id"));
            boolean open = Rows.intOf(payment, "pay_status") == PAYING;
            if (open
                    && Rows.intOf(payment, "stale") == 1
                    && order != null
                    && order.settled()
                    && !awaiting.contains(order.orderId())) {
                context.findings().violation(OPEN_ONLY_WHILE_AWAITED, without(payment, "settled", "stale", "refunded"));
            }
        }
    }

    private static List<Map<String, Object>> settled(
            CheckContext context, List<Map<String, Object>> payments, int status) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> payment : payments) {
            if (Rows.intOf(payment, "pay_status") == status && Rows.intOf(payment, "settled") == 1) {
                result.add(payment);
            }
        }
        return result;
    }

    private static Map<String, Object> without(Map<String, Object> row, String... columns) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
        for (String column : columns) {
            copy.remove(column);
        }
        return copy;
    }
}
