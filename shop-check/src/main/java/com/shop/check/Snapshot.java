package com.shop.check;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One consistent read of each service database: every query of a database sees the same committed state, so a
 * balance and the log of its movements are compared as of one instant even while orders keep arriving. The databases
 * are read one after the other, not at one instant; what spans services is therefore only compared for rows that have
 * settled (see {@link CheckBounds#settle()}).
 */
final class Snapshot implements AutoCloseable {

    private final Map<String, Connection> connections = new LinkedHashMap<>();

    Snapshot(ShopDatabases databases) throws SQLException {
        try {
            for (String service : ShopDatabases.SERVICES) {
                Connection connection = connect(databases, service);
                connections.put(service, connection);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
                }
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    private static Connection connect(ShopDatabases databases, String service) {
        try {
            return databases.connect(service);
        } catch (SQLException e) {
            throw new CheckFailedException("cannot connect to " + databases.endpoint(service), e);
        }
    }

    /** The rows a query answers, each column by its label, in the database of {@code service}. */
    List<Map<String, Object>> rows(String service, String sql, Object... parameters) {
        try (PreparedStatement statement = connections.get(service).prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        row.put(meta.getColumnLabel(column), result.getObject(column));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new CheckFailedException("shop_" + service + ": " + sql, e);
        }
    }

    @Override
    public void close() {
        for (Connection connection : connections.values()) {
            try {
                connection.rollback();
                connection.close();
            } catch (SQLException ignored) {
                // a read-only snapshot: nothing to lose
            }
        }
    }
}
