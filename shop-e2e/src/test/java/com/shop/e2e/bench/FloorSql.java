package com.shop.e2e.bench;

import java.util.List;

/**
 * The SQL of one order confirmation, as the services run it: it mirrors the services' mappers (the order service's
 * {@code OrderMapper} and {@code OrderTimelineMapper}, the goods service's {@code GoodsMapper} and
 * {@code StockLedgerMapper}, the user service's {@code UserMapper} and {@code MoneyLogMapper}) for one unit at 19.90,
 * 10.00 shipping and 1.00 from the balance, and must be kept in step with them. The floor runs it over plain JDBC.
 * Four transactions, in this order: T1 and T4 in the order database, T2 in the goods database, T3 in the user database.
 */
final class FloorSql {

    /** T1: the order, unconfirmed. Parameters: order id, user id, address, consignee, goods id, add time. */
    static final String T1_INSERT_ORDER = "INSERT INTO trade_order (order_id, user_id, order_status, pay_status,"
            + " shipping_status, address, consignee, goods_id, inner_code, goods_number, goods_price, goods_amount,"
            + " shipping_fee, order_amount, coupon_id, coupon_paid, money_paid, pay_amount, add_time)"
            + " VALUES (?, ?, 0, 0, 0, ?, ?, ?, NULL, 1, 19.90, 19.90, 10.00, 29.90, NULL, 0.00, 1.00, 28.90, ?)";
    /** T2: the stock ledger's forward row. Parameters: order id, goods id. */
    static final String T2_INSERT_STOCK_LEDGER = "INSERT INTO trade_goods_number_log (order_id, goods_id, phase, op,"
            + " goods_number, log_time) VALUES (?, ?, 'FORWARD', 'REDUCE', -1, NOW(3))"
            + " ON DUPLICATE KEY UPDATE repeat_count = repeat_count + 1";
    /** T2: the guarded stock update; must update one row. Parameter: goods id. */
    static final String T2_TAKE_STOCK = "UPDATE trade_goods SET goods_number = goods_number - 1"
            + " WHERE goods_id = ? AND goods_number >= 1 AND goods_price = 19.90";
    /** T3: the money log's forward row. Parameters: user id, order id. */
    static final String T3_INSERT_MONEY_LOG = "INSERT INTO trade_user_money_log (user_id, order_id, phase,"
            + " money_log_type, use_money, create_time) VALUES (?, ?, 'FORWARD', 1, -1.00, NOW(3))"
            + " ON DUPLICATE KEY UPDATE repeat_count = repeat_count + 1";
    /** T3: the guarded balance update; must update one row. Parameter: user id. */
    static final String T3_SPEND_BALANCE =
            "UPDATE trade_user SET user_money = user_money - 1.00" + " WHERE user_id = ? AND user_money >= 1.00";
    /** T4: the guarded confirmation; must update one row. Parameters: confirm time, payment deadline, order id. */
    static final String T4_CONFIRM_ORDER = "UPDATE trade_order SET order_status = 1, pay_status = 0, confirm_time = ?,"
            + " pay_time = NULL, pay_deadline = ? WHERE order_id = ? AND order_status = 0";
    /** T4: the order's timeline entry. Parameter: order id. */
    static final String T4_INSERT_TIMELINE = "INSERT IGNORE INTO trade_order_log (order_id, event, detail, create_time)"
            + " VALUES (?, 'CONFIRMED', 'to pay 28.90', NOW(3))";

    /** The tables a confirmation writes, by the service database they are copied from. */
    static final List<ScratchTable> TABLES = List.of(
            new ScratchTable("shop_order", "trade_order"),
            new ScratchTable("shop_order", "trade_order_log"),
            new ScratchTable("shop_goods", "trade_goods"),
            new ScratchTable("shop_goods", "trade_goods_number_log"),
            new ScratchTable("shop_user", "trade_user"),
            new ScratchTable("shop_user", "trade_user_money_log"));

    private FloorSql() {}

    /** A service's table, copied (its definition only) into a scratch database of the floor's. */
    record ScratchTable(String database, String table) {

        /** {@code shop_order} → {@code bench_floor_order}. */
        String scratchDatabase() {
            return "bench_floor_" + database.substring("shop_".length());
        }
    }
}
