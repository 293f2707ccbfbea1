package com.shop.check;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Where the five service databases are and how to log in to them, read as the services themselves read it. */
public final class ShopDatabases {

    /** The services that own a database, each {@code shop_<service>}. */
    public static final List<String> SERVICES = List.of("order", "goods", "coupon", "user", "pay");

    /** The database server of {@code ./shop up}; a service's own variable overrides it, as in its configuration. */
    static final String DEVSTACK_SERVER = "jdbc:mysql://127.0.0.1:13306/";

    private static final String URL_OPTIONS = "?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=SERVER";

    private final Map<String, Endpoint> endpoints;

    private ShopDatabases(Map<String, Endpoint> endpoints) {
        this.endpoints = endpoints;
    }

    /** One database: its JDBC URL and credentials. */
    public record Endpoint(String url, String user, String password) {

        @Override
        public String toString() {
            return url + " as " + user;
        }
    }

    /**
     * The databases named by {@code SHOP_DB_URL_<SERVICE>}, {@code SHOP_DB_USER_<SERVICE>} and
     * {@code SHOP_DB_PASSWORD_<SERVICE>}, the variables the services read; where one is unset, what the service would
     * use (the embedded MariaDB of {@code ./shop up} as root).
     */
    public static ShopDatabases fromEnvironment(Map<String, String> environment) {
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        for (String service : SERVICES) {
            String suffix = service.toUpperCase(Locale.ROOT);
            endpoints.put(
                    service,
                    new Endpoint(
                            environment.getOrDefault(
                                    "SHOP_DB_URL_" + suffix, DEVSTACK_SERVER + databaseOf(service) + URL_OPTIONS),
                            environment.getOrDefault("SHOP_DB_USER_" + suffix, "root"),
                            environment.getOrDefault("SHOP_DB_PASSWORD_" + suffix, "")));
        }
        return new ShopDatabases(endpoints);
    }

    /** Every database on one server: {@code urlOfDatabase} maps {@code shop_goods} and the others to their URL. */
    public static ShopDatabases onOneServer(Function<String, String> urlOfDatabase, String user, String password) {
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        for (String service : SERVICES) {
            endpoints.put(service, new Endpoint(urlOfDatabase.apply(databaseOf(service)), user, password));
        }
        return new ShopDatabases(endpoints);
    }

    public static String databaseOf(String service) {
        return "shop_" + service;
    }

    public Endpoint endpoint(String service) {
        Endpoint endpoint = endpoints.get(service);
        if (endpoint == null) {
            throw new IllegalArgumentException("no such service database: " + service);
        }
        return endpoint;
    }

    Connection connect(String service) throws SQLException {
        Endpoint endpoint = endpoint(service);
        return DriverManager.getConnection(endpoint.url(), endpoint.user(), endpoint.password());
    }
}
