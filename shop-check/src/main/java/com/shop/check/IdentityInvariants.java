package com.shop.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Ids are unique across the suite: every entry another service keeps for an order names an order that exists, and
 * belongs to that order's user, goods, coupon or machine. Two orders given the same id (two instances leasing one
 * worker id, say) would show here as entries of one order id that belong to different users or goods.
 */
final class IdentityInvariants implements InvariantGroup {

    static final String KNOWN_ORDER = "every settled ledger entry, reservation and payment names an existing order";
    static final String SAME_OWNER =
            "every ledger entry, reservation and payment belongs to its order's user, goods," + " coupon or machine";

    /** One table keyed by order id, the column it shares with the order, and where that column is in the order. */
    private record Entries(String service, String table, String sql, Function<OrderRow, Object> ownerInOrder) {}

    private static final List<Entries> ENTRIES = List.of(
            new Entries(
                    "goods",
                    "trade_goods_number_log",
                    "SELECT order_id, goods_id AS owner, log_time AS at" + " FROM trade_goods_number_log",
                    OrderRow::goodsId),
            new Entries(
                    "goods",
                    "trade_vending_order",
                    "SELECT order_id, inner_code AS owner, create_time AS at" + " FROM trade_vending_order",
                    OrderRow::innerCode),
            new Entries(
                    "user",
                    "trade_user_money_log",
                    "SELECT order_id, user_id AS owner, create_time AS at" + " FROM trade_user_money_log",
                    OrderRow::userId),
            new Entries(
                    "user",
                    "trade_user_score_log",
                    "SELECT order_id, user_id AS owner, create_time AS at" + " FROM trade_user_score_log",
                    OrderRow::userId),
            new Entries(
                    "coupon",
                    "trade_coupon_log",
                    "SELECT order_id, coupon_id AS owner, log_time AS at" + " FROM trade_coupon_log",
                    OrderRow::couponId),
            new Entries(
                    "pay",
                    "trade_pay",
                    "SELECT order_id, user_id AS owner, create_time AS at FROM trade_pay",
                    OrderRow::userId));

    @Override
    public void check(CheckContext context) {
        context.findings().checked(KNOWN_ORDER);
        context.findings().checked(SAME_OWNER);
        for (Entries entries : ENTRIES) {
            String sql = "SELECT e.order_id, e.owner, e.at, e.at <= NOW(3) - INTERVAL ? MICROSECOND AS settled"
                    + " FROM (" + entries.sql() + ") e";
            for (Map<String, Object> entry : context.db().rows(entries.service(), sql, context.settleMicros())) {
                check(context, entries, entry);
            }
        }
    }

    private void check(CheckContext context, Entries entries, Map<String, Object> entry) {
        OrderRow order = context.orders().get(Rows.longOf(entry, "order_id"));
        Map<String, Object> figures = Map.of(
                "table",
                entries.table(),
                "order_id",
                entry.get("order_id"),
                "owner",
                String.valueOf(entry.get("owner")));
        if (order == null) {
            if (Rows.intOf(entry, "settled") == 1) {
                context.findings().violation(KNOWN_ORDER, figures);
            }
            return;
        }
        Object expected = entries.ownerInOrder().apply(order);
        Object owner = entry.get("owner");
        boolean same = owner == null || Objects.equals(String.valueOf(owner), String.valueOf(expected));
        if (order.settled() && !same) {
            Map<String, Object> both = new java.util.LinkedHashMap<>(figures);
            both.put("owner_in_order", String.valueOf(expected));
            context.findings().violation(SAME_OWNER, both);
        }
    }
}
