package com.shop.e2e.bench;

import com.shop.e2e.support.ShopDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The floor: the business SQL of a confirmation ({@link FloorSql}) in this JVM over plain JDBC, with nothing of the
 * suite around it (no HTTP, no Dubbo, no outbox, no ids from ZooKeeper), on scratch copies of the services' tables in
 * the same MariaDB, durability as the server is configured. What the suite reaches is measured against it.
 *
 * <p>Each thread has a connection per database, as each service has its own pool; connections use the services' own
 * driver settings ({@link DriverSettings}). Goods and users are the suite's scenario's: eight goods in rotation, one
 * user per thread.
 */
final class Floor {

    private static final int GOODS = BenchData.GOODS;
    private static final AtomicLong ORDER_IDS = new AtomicLong(System.currentTimeMillis() * 1_000);

    private final UnaryOperator<String> jdbcUrls;
    private final DriverSettings settings;

    private Floor(UnaryOperator<String> jdbcUrls, DriverSettings settings) {
        this.jdbcUrls = jdbcUrls;
        this.settings = settings;
    }

    /**
     * Creates the scratch databases: each table a confirmation writes copied from the service's own with
     * {@code CREATE TABLE ... LIKE} (so it has the columns it has now), eight goods and {@code users} users.
     */
    static Floor prepare(ShopDatabase database, UnaryOperator<String> jdbcUrls, DriverSettings settings, int users) {
        for (FloorSql.ScratchTable table : FloorSql.TABLES) {
            database.update(table.scratchDatabase(), "DROP TABLE IF EXISTS " + table.table());
            database.update(
                    table.scratchDatabase(),
                    "CREATE TABLE " + table.table() + " LIKE " + table.database() + "." + table.table());
        }
        for (int goods = 1; goods <= GOODS; goods++) {
            database.update(
                    "bench_floor_goods",
                    "INSERT INTO trade_goods (goods_id, goods_name, goods_number," + " goods_price) VALUES (?, ?, ?, "
                            + ShopHttp.GOODS_PRICE + ")",
                    goods,
                    "floor goods " + goods,
                    BenchData.STOCK);
        }
        for (int user = 1; user <= users; user++) {
            database.update(
                    "bench_floor_user",
                    "INSERT INTO trade_user (user_id, user_name, user_password, user_money)" + " VALUES (?, ?, '', "
                            + BenchData.BALANCE + ")",
                    user,
                    "floor" + user);
        }
        return new Floor(jdbcUrls, settings);
    }

    /** {@code threads} threads confirming one order after another for {@code length}. */
    ScenarioResult run(int threads, Duration length) {
        Measurement measurement = Measurement.timingEveryAnswer();
        List<Confirmer> confirmers = new ArrayList<>();
        try {
            for (int thread = 1; thread <= threads; thread++) {
                confirmers.add(new Confirmer(thread));
            }
            double seconds = ClosedLoop.run(
                    threads, length, thread -> confirmers.get(thread).confirm(measurement));
            String title =
                    "floor: the confirmation's SQL over JDBC, " + threads + (threads == 1 ? " thread" : " threads");
            return measurement.result(title, "floor ×" + threads, seconds);
        } finally {
            confirmers.forEach(Confirmer::close);
        }
    }

    private Connection connect(String database) {
        try {
            Connection connection =
                    DriverManager.getConnection(jdbcUrls.apply(database), settings.connectionProperties("root", ""));
            settings.apply(connection);
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + database, e);
        }
    }

    private static void requireOne(int updated, String what) throws SQLException {
        if (updated != 1) {
            throw new SQLException(what + " updated " + updated + " rows");
        }
    }

    /** One thread's connections and user, confirming orders of the goods in rotation. */
    private final class Confirmer {

        private final long userId;
        private final Connection order = connect("bench_floor_order");
        private final Connection goods = connect("bench_floor_goods");
        private final Connection user = connect("bench_floor_user");
        private long confirmed;

        Confirmer(long userId) {
            this.userId = userId;
        }

        void confirm(Measurement measurement) {
            long orderId = ORDER_IDS.incrementAndGet();
            long goodsId = 1 + (userId + confirmed++) % GOODS;
            long start = System.nanoTime();
            try {
                insertOrder(orderId, goodsId);
                takeStock(orderId, goodsId);
                spendBalance(orderId);
                confirmOrder(orderId);
                measurement.record("done", true, System.nanoTime() - start);
            } catch (SQLException e) {
                rollBack();
                measurement.record("error " + e.getMessage(), false, System.nanoTime() - start);
            }
        }

        private void insertOrder(long orderId, long goodsId) throws SQLException {
            execute(
                    order,
                    FloorSql.T1_INSERT_ORDER,
                    orderId,
                    userId,
                    "1 Bench Street, Hangzhou",
                    "Bench Shopper",
                    goodsId,
                    LocalDateTime.now());
            order.commit();
        }

        private void takeStock(long orderId, long goodsId) throws SQLException {
            execute(goods, FloorSql.T2_INSERT_STOCK_LEDGER, orderId, goodsId);
            requireOne(execute(goods, FloorSql.T2_TAKE_STOCK, goodsId), "the stock update");
            goods.commit();
        }

        private void spendBalance(long orderId) throws SQLException {
            execute(user, FloorSql.T3_INSERT_MONEY_LOG, userId, orderId);
            requireOne(execute(user, FloorSql.T3_SPEND_BALANCE, userId), "the balance update");
            user.commit();
        }

        private void confirmOrder(long orderId) throws SQLException {
            LocalDateTime now = LocalDateTime.now();
            requireOne(
                    execute(order, FloorSql.T4_CONFIRM_ORDER, now, now.plusMinutes(10), orderId), "the confirmation");
            execute(order, FloorSql.T4_INSERT_TIMELINE, orderId);
            order.commit();
        }

        /** Prepared afresh each time, as MyBatis does; the driver's statement cache makes that cheap. */
        private int execute(Connection connection, String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                return statement.executeUpdate();
            }
        }

        private void rollBack() {
            for (Connection connection : List.of(order, goods, user)) {
                try {
                    connection.rollback();
                } catch (SQLException e) {
                    throw new IllegalStateException("the floor cannot roll back", e);
                }
            }
        }

        void close() {
            for (Connection connection : List.of(order, goods, user)) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    throw new IllegalStateException("the floor cannot close its connection", e);
                }
            }
        }
    }
}
