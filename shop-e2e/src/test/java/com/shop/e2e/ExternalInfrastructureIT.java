package com.shop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.shop.check.CheckBounds;
import com.shop.devstack.DevStackOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The suite on the machine's own MariaDB (127.0.0.1:3306, root) and MQTT broker (127.0.0.1:1883), told so by
 * environment variables alone, as a deployment would be: {@code SHOP_DB_URL_<SERVICE>}, {@code SHOP_DB_USER_<SERVICE>},
 * {@code SHOP_DB_PASSWORD_<SERVICE>} and {@code SHOP_MQTT_URL} (ZooKeeper and RocketMQ stay embedded). Under a short
 * load of orders, payments and vending orders, dispensed through that broker, every invariant holds and nothing
 * accepted is lost. Skipped, saying why, where either server is not running.
 */
class ExternalInfrastructureIT {

    private static final String HOST = "127.0.0.1";
    private static final int MARIADB_PORT = 3306;
    private static final int MQTT_PORT = 1883;
    /** The databases of this run, beside whatever else the server holds: {@code shop_external_goods} and so on. */
    private static final String DATABASE_PREFIX = "shop_external_";

    private static final String URL_OPTIONS = "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true"
            + "&connectionTimeZone=SERVER&rewriteBatchedStatements=true&characterEncoding=utf8";
    private static final List<String> SERVICES = List.of("order", "goods", "coupon", "user", "pay");
    private static final Duration LOAD = Duration.ofSeconds(15);

    @Test
    void theSuiteOnTheMachinesOwnMariaDbAndMqttBroker() throws Exception {
        assumeTrue(listening(MARIADB_PORT), "skipped: no MariaDB or MySQL listening on 127.0.0.1:3306");
        assumeTrue(listening(MQTT_PORT), "skipped: no MQTT broker listening on 127.0.0.1:1883");
        dropDatabasesOfAnEarlierRun();
        DevStackOptions.Builder options =
                ShopStack.testOptions("external-stack").environment("SHOP_MQTT_URL", "tcp://" + HOST + ":" + MQTT_PORT);
        for (String service : SERVICES) {
            String suffix = service.toUpperCase(Locale.ROOT);
            options.environment("SHOP_DB_URL_" + suffix, url(DATABASE_PREFIX + service))
                    .environment("SHOP_DB_USER_" + suffix, "root")
                    .environment("SHOP_DB_PASSWORD_" + suffix, "");
        }
        ShopStack external = ShopStack.startOwn(options.build(), ExternalInfrastructureIT::external);
        try {
            SteadyLoad load = new SteadyLoad(external, 2).start(3);
            try {
                Thread.sleep(LOAD.toMillis());
            } finally {
                load.close();
            }
            external.invariants().holdWithin(FaultsIT.RECOVERY, CheckBounds.quiet());
            load.assertNothingAcceptedWasLost();
            assertThat(load.acceptedOrders()).as("orders accepted").isPositive();
            assertThat(external.database()
                            .single(
                                    "shop_order",
                                    "SELECT COUNT(*) FROM trade_order"
                                            + " WHERE inner_code IS NOT NULL AND shipping_status = 1"))
                    .as("vending orders dispensed")
                    .isNotEqualTo(0L);
        } finally {
            external.stop();
        }
    }

    /** {@code shop_goods} (the name the tests use) on the machine's server: {@code shop_external_goods}. */
    private static String external(String database) {
        return url(database.replaceFirst("^shop_", DATABASE_PREFIX));
    }

    private static String url(String database) {
        return "jdbc:mysql://" + HOST + ":" + MARIADB_PORT + "/" + database + URL_OPTIONS;
    }

    private static void dropDatabasesOfAnEarlierRun() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:mysql://" + HOST + ":" + MARIADB_PORT + "/?useSSL=false&allowPublicKeyRetrieval=true",
                        "root",
                        "");
                Statement statement = connection.createStatement()) {
            for (String service : SERVICES) {
                statement.execute("DROP DATABASE IF EXISTS " + DATABASE_PREFIX + service);
            }
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
