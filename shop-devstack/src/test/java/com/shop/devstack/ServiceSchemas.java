package com.shop.devstack;

import com.shop.check.ShopDatabases;
import com.shop.infra.EmbeddedMariaDb;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * The five service databases on an embedded MariaDB, migrated as the services migrate them at start (Flyway, the
 * migrations of module sql), and plain JDBC to plant rows in them: what the checker's tests read.
 */
public final class ServiceSchemas {

    private final Function<String, String> urlOfDatabase;

    /** @param urlOfDatabase the JDBC URL of {@code shop_goods} and the others, such as {@code mariaDb::jdbcUrl} */
    public ServiceSchemas(Function<String, String> urlOfDatabase) {
        this.urlOfDatabase = urlOfDatabase;
    }

    /** Migrates every service database; migrating again changes nothing. */
    public ServiceSchemas migrate() {
        for (String service : ShopDatabases.SERVICES) {
            Flyway.configure()
                    .dataSource(
                            urlOfDatabase.apply(ShopDatabases.databaseOf(service)),
                            EmbeddedMariaDb.USER,
                            EmbeddedMariaDb.PASSWORD)
                    .locations("classpath:db/migration/messaging", "classpath:db/migration/" + service)
                    .load()
                    .migrate();
        }
        return this;
    }

    /** The databases as the checker reads them. */
    public ShopDatabases databases() {
        return ShopDatabases.onOneServer(urlOfDatabase, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    /** Runs one statement in the database of {@code service} (order, goods, ...). */
    public int update(String service, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(
                        urlOfDatabase.apply(ShopDatabases.databaseOf(service)),
                        EmbeddedMariaDb.USER,
                        EmbeddedMariaDb.PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
