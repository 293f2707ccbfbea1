package com.shop.check;

import java.util.Map;

/** The goods service's stock: moved only through its ledger, never below zero, held exactly by live orders. */
final class StockInvariants implements InvariantGroup {

    static final String NEVER_NEGATIVE = "stock is never negative";
    static final String CONSERVED = "stock of each goods = its opening stock + the stock ledger";
    static final String RESTORED_ONLY_IF_TAKEN = "stock is given back only by orders that took it";
    static final String HELD_BY_LIVE_ORDERS =
            "each settled order holds the units its state says (confirmed: all, else none)";

    @Override
    public void check(CheckContext context) {
        Snapshot db = context.db();
        Findings findings = context.findings();
        findings.offending(
                NEVER_NEGATIVE,
                db.rows("goods", "SELECT goods_id, goods_number FROM trade_goods WHERE goods_number < 0"));
        findings.offending(
                CONSERVED,
                db.rows(
                        "goods",
                        "SELECT g.goods_id, g.goods_number, g.opening_number,"
                                + " COALESCE(l.moved, 0) AS ledger FROM trade_goods g LEFT JOIN (SELECT goods_id, SUM(goods_number) AS moved"
                                + " FROM trade_goods_number_log GROUP BY goods_id) l ON l.goods_id = g.goods_id"
                                + " WHERE g.goods_number <> g.opening_number + COALESCE(l.moved, 0)"));
        findings.offending(
                RESTORED_ONLY_IF_TAKEN,
                db.rows(
                        "goods",
                        "SELECT u.order_id, u.goods_id, u.goods_number"
                                + " FROM trade_goods_number_log u WHERE u.phase = 'UNDO' AND u.goods_number <> 0 AND NOT EXISTS"
                                + " (SELECT 1 FROM trade_goods_number_log f WHERE f.order_id = u.order_id AND f.goods_id = u.goods_id"
                                + " AND f.phase = 'FORWARD' AND f.op = 'REDUCE')"));
        heldByLiveOrders(context);
    }

    private void heldByLiveOrders(CheckContext context) {
        Map<Long, Long> held = context.perOrder(
                "goods", "SELECT order_id, -SUM(goods_number) AS held FROM trade_goods_number_log GROUP BY order_id");
        context.findings().checked(HELD_BY_LIVE_ORDERS);
        for (OrderRow order : context.settledOrders()) {
            if (order.vending()) {
                continue;
            }
            long expected = order.live() ? order.goodsNumber() : 0;
            long actual = held.getOrDefault(order.orderId(), 0L);
            if (actual != expected) {
                context.findings()
                        .violation(
                                HELD_BY_LIVE_ORDERS,
                                CheckContext.figures(order, "units_expected", expected, "units_in_ledger", actual));
            }
        }
    }
}
