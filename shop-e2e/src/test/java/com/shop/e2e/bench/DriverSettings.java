package com.shop.e2e.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.yaml.snakeyaml.Yaml;

/**
 * How the services' connection pools talk to their databases, read from the settings they all share
 * ({@code spring.datasource.hikari} in shop-common's {@code shop-defaults.yml}) when the benchmark runs, so that the
 * floor connects exactly as the services do, whatever those settings become: the JDBC driver's properties
 * ({@code data-source-properties}) and, when set, the transaction isolation.
 *
 * @param driverProperties the JDBC driver's properties, by name
 * @param isolation        a {@link Connection} constant's name ({@code TRANSACTION_READ_COMMITTED}); null: the server's
 */
record DriverSettings(Map<String, String> driverProperties, String isolation) {

    static final String SHARED_SETTINGS = "shop-common/src/main/resources/shop-defaults.yml";

    static DriverSettings read(Path repositoryRoot) {
        Path file = repositoryRoot.resolve(SHARED_SETTINGS);
        try (Reader reader = Files.newBufferedReader(file)) {
            return of(new Yaml().load(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the services' shared settings " + file, e);
        }
    }

    static DriverSettings of(Map<String, Object> settings) {
        Map<String, Object> hikari = section(section(section(settings, "spring"), "datasource"), "hikari");
        Map<String, String> properties = new TreeMap<>();
        section(hikari, "data-source-properties").forEach((name, value) -> properties.put(name, String.valueOf(value)));
        Object isolation = hikari.get("transaction-isolation");
        return new DriverSettings(properties, isolation == null ? null : isolation.toString());
    }

    /** The driver's properties with the database user's credentials. */
    Properties connectionProperties(String user, String password) {
        Properties properties = new Properties();
        properties.putAll(driverProperties);
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return properties;
    }

    /** Puts a connection out of autocommit and in the services' isolation (if they set one), as they run. */
    void apply(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        if (isolation != null) {
            connection.setTransactionIsolation(isolationLevel());
        }
    }

    private int isolationLevel() {
        try {
            return Connection.class.getField(isolation).getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("not a transaction isolation of java.sql.Connection: " + isolation, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> settings, String name) {
        Object section = settings == null ? null : settings.get(name);
        if (!(section instanceof Map)) {
            throw new IllegalStateException("the services' shared settings have no section " + name);
        }
        return (Map<String, Object>) section;
    }

    @Override
    public String toString() {
        return driverProperties + (isolation == null ? "" : ", " + isolation);
    }
}
