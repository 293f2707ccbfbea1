package com.shop.check;

import com.shop.infra.EmbeddedMariaDb;
import com.shop.infra.TestInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * The five service databases on the test JVM's MariaDB, migrated as the services migrate them, emptied before each
 * test, with plain JDBC to plant rows.
 */
final class CheckedDatabases {

    private static final List<String> TABLES_TO_EMPTY = List.of(
            "order:trade_order",
            "order:trade_order_log",
            "goods:trade_goods_number_log",
            "goods:trade_vending_order",
            "goods:trade_vending_channel",
            "goods:trade_vending_machine",
            "goods:trade_goods",
            "coupon:trade_coupon_log",
            "coupon:trade_coupon",
            "user:trade_user_money_log",
            "user:trade_user_score_log",
            "user:trade_user",
            "pay:trade_refund",
            "pay:trade_pay");
    private static boolean migrated;

    static synchronized ShopDatabases migratedAndEmpty() {
        if (!migrated) {
            for (String service : ShopDatabases.SERVICES) {
                migrate(ShopDatabases.databaseOf(service), service, null);
            }
            migrated = true;
        }
        for (String entry : TABLES_TO_EMPTY) {
            String[] serviceAndTable = entry.split(":");
            update(serviceAndTable[0], "DELETE FROM " + serviceAndTable[1]);
        }
        for (String service : ShopDatabases.SERVICES) {
            update(service, "DELETE FROM trade_mq_producer_temp");
            update(service, "DELETE FROM trade_mq_consumer_log");
        }
        return ShopDatabases.onOneServer(TestInfrastructure::jdbcUrl, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    /** Migrates {@code database} with the migrations of {@code service}, up to {@code target} (null: all). */
    static void migrate(String database, String service, String target) {
        createDatabase(database);
        var configuration = Flyway.configure()
                .dataSource(TestInfrastructure.jdbcUrl(database), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)
                .locations("classpath:db/migration/messaging", "classpath:db/migration/" + service);
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private static void createDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(
                        TestInfrastructure.jdbcUrl("shop_order"), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database + "`");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement in {@code shop_<service>} (or in the database named, when it starts with {@code shop_}). */
    static int update(String service, String sql, Object... parameters) {
        String database = service.startsWith("shop_") ? service : ShopDatabases.databaseOf(service);
        try (Connection connection = DriverManager.getConnection(
                        TestInfrastructure.jdbcUrl(database), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private CheckedDatabases() {}
}
