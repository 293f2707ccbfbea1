package com.shop.check;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every group checks against: the snapshot, the bounds, the orders (read once, since most invariants compare a
 * service's ledger with the order it belongs to) and where findings go.
 */
record CheckContext(Snapshot db, CheckBounds bounds, Map<Long, OrderRow> orders, Findings findings) {

    static CheckContext of(Snapshot db, CheckBounds bounds, Findings findings) {
        Map<Long, OrderRow> orders = new HashMap<>();
        for (Map<String, Object> row : db.rows(
                "order",
                "SELECT " + OrderRow.COLUMNS + ","
                        + " update_time <= NOW(3) - INTERVAL ? MICROSECOND AS settled FROM trade_order",
                micros(bounds.settle()))) {
            OrderRow order = OrderRow.of(row);
            orders.put(order.orderId(), order);
        }
        return new CheckContext(db, bounds, orders, findings);
    }

    /** A bound as the parameter of {@code NOW(3) - INTERVAL ? MICROSECOND}. */
    static long micros(Duration bound) {
        return bound.toNanos() / 1_000;
    }

    long settleMicros() {
        return micros(bounds.settle());
    }

    long stuckMicros() {
        return micros(bounds.stuck());
    }

    /** Orders that have not changed for the settle time: every service must agree with them by now. */
    Iterable<OrderRow> settledOrders() {
        return orders.values().stream()
                .filter(OrderRow::settled)
                .sorted(java.util.Comparator.comparingLong(OrderRow::orderId))::iterator;
    }

    /** A settled order's figures next to what another service holds for it. */
    static Map<String, Object> figures(OrderRow order, Object... more) {
        Map<String, Object> figures = new LinkedHashMap<>(order.figures());
        for (int i = 0; i + 1 < more.length; i += 2) {
            figures.put((String) more[i], more[i + 1]);
        }
        return figures;
    }

    /** A two-column query ({@code order_id}, a number) as a map. */
    Map<Long, Long> perOrder(String service, String sql) {
        Map<Long, Long> result = new HashMap<>();
        for (Map<String, Object> row : db.rows(service, sql)) {
            List<Object> values = new java.util.ArrayList<>(row.values());
            result.put(
                    ((Number) values.get(0)).longValue(),
                    values.get(1) == null ? 0 : ((Number) values.get(1)).longValue());
        }
        return result;
    }
}
