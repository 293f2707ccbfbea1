package com.shop.e2e.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Direct SQL against the services' databases: to set up the data a test needs (its own goods and coupons) and to
 * see the effects exactly as stored, which the REST API does not expose.
 */
public final class ShopDatabase {

    private final Function<String, String> jdbcUrls;

    public ShopDatabase(Function<String, String> jdbcUrls) {
        this.jdbcUrls = jdbcUrls;
    }

    /** A goods row of the test's own, so no two tests share stock. */
    public long newGoods(String price, int stock) {
        long goodsId = 5_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        update(
                "shop_goods",
                "INSERT INTO trade_goods (goods_id, goods_name, goods_number, goods_price) VALUES (?, ?, ?, ?)",
                goodsId,
                "e2e goods " + goodsId,
                stock,
                new BigDecimal(price));
        return goodsId;
    }

    /**
     * A shopper of the test's own with the demo password and a balance of 1000.00, so that no other test's late
     * effects (an order of theirs timing out and refunding its balance) move the balances this test watches.
     */
    public Shopper newShopper() {
        return newShopper("1000.00");
    }

    /** A shopper of the test's own with the demo password and the given balance. */
    public Shopper newShopper(String startingBalance) {
        long userId = 5_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String userName = "shopper" + userId;
        BigDecimal balance = new BigDecimal(startingBalance);
        update(
                "shop_user",
                "INSERT INTO trade_user (user_id, user_name, user_password, user_money)"
                        + " SELECT ?, ?, user_password, ? FROM trade_user WHERE user_name = 'alice'",
                userId,
                userName,
                balance);
        return new Shopper(userId, userName);
    }

    public record Shopper(long id, String name) {}

    /** An unused coupon of the user, of the test's own. */
    public long newCoupon(long userId, String value) {
        long couponId = 5_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        update(
                "shop_coupon",
                "INSERT INTO trade_coupon (coupon_id, coupon_price, user_id, is_used) VALUES (?, ?, ?, 0)",
                couponId,
                new BigDecimal(value),
                userId);
        return couponId;
    }

    /** A vending machine of the test's own, in service, without channels; returns its inner code. */
    public String newMachine() {
        String innerCode = "E2E" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        update(
                "shop_goods",
                "INSERT INTO trade_vending_machine (inner_code, address, machine_status) VALUES (?, ?, 1)",
                innerCode,
                "e2e machine " + innerCode);
        return innerCode;
    }

    /** A channel of the machine holding the goods at its own price, {@code units} of {@code units + 2} filled. */
    public void newChannel(String innerCode, String channelCode, long goodsId, String price, int units) {
        update(
                "shop_goods",
                "INSERT INTO trade_vending_channel (inner_code, channel_code, goods_id, price,"
                        + " current_capacity, max_capacity) VALUES (?, ?, ?, ?, ?, ?)",
                innerCode,
                channelCode,
                goodsId,
                new BigDecimal(price),
                units,
                units + 2);
    }

    public int unitsIn(String innerCode, String channelCode) {
        return ((Number) single(
                        "shop_goods",
                        "SELECT current_capacity FROM trade_vending_channel"
                                + " WHERE inner_code = ? AND channel_code = ?",
                        innerCode,
                        channelCode))
                .intValue();
    }

    /** The vending ledger's status of the order: 0 reserved, 1 dispensing, 2 dispensed, 3 failed, 4 released. */
    public Integer vendingStatus(long orderId) {
        List<Map<String, Object>> rows =
                rows("shop_goods", "SELECT status FROM trade_vending_order WHERE order_id = ?", orderId);
        return rows.isEmpty() ? null : ((Number) rows.get(0).get("status")).intValue();
    }

    public int stockOf(long goodsId) {
        return ((Number) single("shop_goods", "SELECT goods_number FROM trade_goods WHERE goods_id = ?", goodsId))
                .intValue();
    }

    public BigDecimal balanceOf(long userId) {
        return (BigDecimal) single("shop_user", "SELECT user_money FROM trade_user WHERE user_id = ?", userId);
    }

    /** The order that holds the coupon, or null when it is unused. */
    public Long couponHolder(long couponId) {
        Map<String, Object> row =
                row("shop_coupon", "SELECT is_used, order_id FROM trade_coupon WHERE coupon_id = ?", couponId);
        boolean used = ((Number) row.get("is_used")).intValue() == 1;
        return used ? ((Number) row.get("order_id")).longValue() : null;
    }

    public int orderStatus(long orderId) {
        return ((Number) single("shop_order", "SELECT order_status FROM trade_order WHERE order_id = ?", orderId))
                .intValue();
    }

    public long orderCount(long userId) {
        return ((Number) single("shop_order", "SELECT COUNT(*) FROM trade_order WHERE user_id = ?", userId))
                .longValue();
    }

    public Object single(String database, String sql, Object... parameters) {
        List<Map<String, Object>> rows = rows(database, sql, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException(rows.size() + " rows for " + sql);
        }
        return rows.get(0).values().iterator().next();
    }

    public Map<String, Object> row(String database, String sql, Object... parameters) {
        List<Map<String, Object>> rows = rows(database, sql, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException(rows.size() + " rows for " + sql);
        }
        return rows.get(0);
    }

    public List<Map<String, Object>> rows(String database, String sql, Object... parameters) {
        try (Connection connection = connect(database);
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public int update(String database, String sql, Object... parameters) {
        try (Connection connection = connect(database);
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrls.apply(database), "root", "");
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
