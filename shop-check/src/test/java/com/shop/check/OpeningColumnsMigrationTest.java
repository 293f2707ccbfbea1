package com.shop.check;

import static com.shop.check.CheckedDatabases.update;
import static org.assertj.core.api.Assertions.assertThat;

import com.shop.infra.EmbeddedMariaDb;
import com.shop.infra.TestInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A database with orders already in its ledgers gets opening figures that make the books balance. */
class OpeningColumnsMigrationTest {

    @Test
    void openingStockIsStockBeforeTheLedgersMovements() {
        String database = "shop_goods_before_opening";
        CheckedDatabases.migrate(database, "goods", "6");
        update(
                database,
                "INSERT INTO trade_goods (goods_id, goods_name, goods_number, goods_price) VALUES (1, 'g', 97, 1.00)");
        update(
                database,
                "INSERT INTO trade_goods_number_log (order_id, goods_id, phase, op, goods_number)"
                        + " VALUES (1, 1, 'FORWARD', 'REDUCE', -3)");

        CheckedDatabases.migrate(database, "goods", null);
        update(
                database,
                "INSERT INTO trade_goods (goods_id, goods_name, goods_number, goods_price) VALUES (2, 'h', 40, 1.00)");

        assertThat(integer(database, "SELECT opening_number FROM trade_goods WHERE goods_id = 1"))
                .isEqualTo(100);
        assertThat(integer(database, "SELECT opening_number FROM trade_goods WHERE goods_id = 2"))
                .isEqualTo(40);
    }

    @Test
    void openingBalanceIsBalanceBeforeTheMoneyLog() {
        String database = "shop_user_before_opening";
        CheckedDatabases.migrate(database, "user", "3");
        update(
                database,
                "INSERT INTO trade_user (user_id, user_name, user_password, user_money) VALUES (1, 'u', 'x', 90.00)");
        update(
                database,
                "INSERT INTO trade_user_money_log (user_id, order_id, phase, money_log_type, use_money)"
                        + " VALUES (1, 1, 'FORWARD', 1, -10.00)");

        CheckedDatabases.migrate(database, "user", null);

        assertThat(integer(database, "SELECT opening_money * 100 FROM trade_user WHERE user_id = 1"))
                .isEqualTo(10_000);
    }

    private static int integer(String database, String sql) {
        try (Connection connection = DriverManager.getConnection(
                        TestInfrastructure.jdbcUrl(database), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getBigDecimal(1).intValueExact();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
