package com.shop.check;

import java.util.HashMap;
import java.util.Map;

/**
 * Vending: a unit leaves its channel when an order reserves it and comes back when the reservation is released, so a
 * channel's units plus those its orders hold (reserved, dispensing, dispensed) are what it was stocked with; every
 * vending order's reservation follows the order's state.
 */
final class VendingInvariants implements InvariantGroup {

    static final String CONSERVED = "units of each channel + units its orders hold = its opening units";
    static final String NOT_STUCK = "no dispense is left in progress or failed without its unit back, past the bound";
    static final String FOLLOWS_ORDER = "each settled vending order's reservation follows the order"
            + " (confirmed: reserved or dispensing; shipped: dispensed and paid; closed: none or released)";

    private static final int DISPENSING = 1;
    private static final int DISPENSED = 2;
    private static final int RELEASED = 4;

    @Override
    public void check(CheckContext context) {
        Snapshot db = context.db();
        context.findings()
                .offending(
                        CONSERVED,
                        db.rows(
                                "goods",
                                "SELECT c.inner_code, c.channel_code,"
                                        + " c.current_capacity, c.opening_capacity, COALESCE(h.held, 0) AS held_by_orders"
                                        + " FROM trade_vending_channel c LEFT JOIN (SELECT inner_code, channel_code, COUNT(*) AS held"
                                        + " FROM trade_vending_order WHERE status IN (0, 1, 2) GROUP BY inner_code, channel_code) h"
                                        + " ON h.inner_code = c.inner_code AND h.channel_code = c.channel_code"
                                        + " WHERE c.current_capacity + COALESCE(h.held, 0) <> c.opening_capacity"));
        context.findings()
                .offending(
                        NOT_STUCK,
                        db.rows(
                                "goods",
                                "SELECT order_id, inner_code, channel_code, status,"
                                        + " reason, update_time FROM trade_vending_order WHERE status IN (1, 3)"
                                        + " AND update_time < NOW(3) - INTERVAL ? MICROSECOND",
                                context.stuckMicros()));
        followsOrder(context);
    }

    private void followsOrder(CheckContext context) {
        Map<Long, Integer> statusOf = new HashMap<>();
        for (Map<String, Object> row : context.db().rows("goods", "SELECT order_id, status FROM trade_vending_order")) {
            statusOf.put(Rows.longOf(row, "order_id"), Rows.intOf(row, "status"));
        }
        context.findings().checked(FOLLOWS_ORDER);
        for (OrderRow order : context.settledOrders()) {
            if (!order.vending() || order.status() == OrderRow.UNCONFIRMED) {
                continue;
            }
            Integer reservation = statusOf.get(order.orderId());
            if (!agrees(order, reservation)) {
                context.findings()
                        .violation(
                                FOLLOWS_ORDER,
                                CheckContext.figures(
                                        order,
                                        "shipping_status",
                                        order.shippingStatus(),
                                        "reservation_status",
                                        String.valueOf(reservation)));
            }
        }
    }

    private static boolean agrees(OrderRow order, Integer reservation) {
        if (order.shippingStatus() == OrderRow.SHIPPED) {
            return order.paid() && reservation != null && reservation == DISPENSED;
        }
        if (order.live()) {
            return reservation != null && (reservation == 0 || reservation == DISPENSING);
        }
        return reservation == null || reservation == RELEASED;
    }
}
