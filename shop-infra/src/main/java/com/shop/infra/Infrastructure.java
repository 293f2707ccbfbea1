package com.shop.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ZooKeeper, MariaDB, RocketMQ and the MQTT broker, started one after another and stopped in reverse order: what the
 * services' tests run on, and what the local stack adds its simulated platforms to.
 */
public final class Infrastructure {

    /** The services that own a database, as they appear in environment variable names and database names. */
    public static final List<String> SERVICES = List.of("order", "goods", "coupon", "user", "pay");
    /** The development token the services' Dubbo providers demand of their callers. */
    public static final String DUBBO_TOKEN = "shop-development-dubbo-token";

    private final InfrastructurePorts ports;
    private final InfrastructureDirectories directories;
    private final EmbeddedZooKeeper zooKeeper;
    private final EmbeddedMariaDb mariaDb;
    private final EmbeddedRocketMq rocketMq;
    private final EmbeddedMqttBroker mqtt;
    private final ServerGroup servers;

    public Infrastructure(InfrastructurePorts ports, InfrastructureDirectories directories) {
        this.ports = ports;
        this.directories = directories;
        this.zooKeeper = new EmbeddedZooKeeper(ports.zooKeeper(), directories.zooKeeper());
        this.mariaDb = new EmbeddedMariaDb(ports.mariaDb(), directories.mariaDbData(), directories.mariaDbBase());
        this.rocketMq = new EmbeddedRocketMq(ports.nameServer(), ports.broker(), directories.rocketMq());
        this.mqtt = new EmbeddedMqttBroker(ports.mqtt(), directories.mqtt());
        this.servers = new ServerGroup(List.of(zooKeeper, mariaDb, rocketMq, mqtt));
    }

    /**
     * Starts every server in order. When one fails, those already started are stopped again and the failure is
     * thrown; a launcher should then exit the JVM, since a failed ZooKeeper start can leave non-daemon threads.
     */
    public synchronized void start() {
        RocketMqFiles.keepUnder(directories.logs(), directories.rocketMq());
        servers.start();
    }

    /** Stops whatever runs, last started first. Never throws: a server that fails to stop is logged. */
    public synchronized void stop() {
        servers.stop();
    }

    /**
     * The environment variables the shop applications read to find this infrastructure: {@code SHOP_ZK_ADDRESS} with
     * ZooKeeper's development credentials ({@code SHOP_ZK_USERNAME}, {@code SHOP_ZK_PASSWORD}), the Dubbo providers'
     * development token ({@code SHOP_DUBBO_TOKEN}), {@code SHOP_ROCKETMQ_NAMESRV} with the broker's development keys
     * ({@code SHOP_ROCKETMQ_ACCESS_KEY}, {@code SHOP_ROCKETMQ_SECRET_KEY}), {@code SHOP_MQTT_URL} and, per
     * service, {@code SHOP_DB_URL_<SERVICE>}, {@code SHOP_DB_USER_<SERVICE>} and {@code SHOP_DB_PASSWORD_<SERVICE>};
     * the goods service's MQTT user, {@code SHOP_MQTT_USERNAME} and {@code SHOP_MQTT_PASSWORD}; and
     * {@code SHOP_DEV_MODE}, since this infrastructure's credentials are development ones.
     */
    public Map<String, String> serviceEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SHOP_DEV_MODE", "true");
        environment.put("SHOP_ZK_ADDRESS", zooKeeper.address());
        environment.put("SHOP_ZK_USERNAME", EmbeddedZooKeeper.USERNAME);
        environment.put("SHOP_ZK_PASSWORD", EmbeddedZooKeeper.PASSWORD);
        environment.put("SHOP_DUBBO_TOKEN", DUBBO_TOKEN);
        environment.put("SHOP_ROCKETMQ_NAMESRV", rocketMq.namesrvAddress());
        environment.put("SHOP_ROCKETMQ_ACCESS_KEY", EmbeddedRocketMq.ACCESS_KEY);
        environment.put("SHOP_ROCKETMQ_SECRET_KEY", EmbeddedRocketMq.SECRET_KEY);
        for (String service : SERVICES) {
            String suffix = service.toUpperCase(Locale.ROOT);
            environment.put("SHOP_DB_URL_" + suffix, jdbcUrl(databaseOf(service)));
            environment.put("SHOP_DB_USER_" + suffix, EmbeddedMariaDb.USER);
            environment.put("SHOP_DB_PASSWORD_" + suffix, EmbeddedMariaDb.PASSWORD);
        }
        environment.put("SHOP_MQTT_URL", mqtt.url());
        environment.put("SHOP_MQTT_USERNAME", DevelopmentMqttUsers.SERVICE.username());
        environment.put("SHOP_MQTT_PASSWORD", DevelopmentMqttUsers.SERVICE.password());
        return environment;
    }

    /**
     * Spring properties pointing one service, run inside a test JVM, at this infrastructure: the Spring counterpart
     * of {@link #serviceEnvironment()}.
     *
     * @param service one of order, goods, coupon, user, pay: picks {@code spring.datasource.url}
     */
    public Map<String, String> springProperties(String service) {
        String zooKeeperAddress = zooKeeper.address();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("shop.dev-mode", "true");
        properties.put("shop.zookeeper.address", zooKeeperAddress);
        // the name shop-common's defaults read (and derive the ID generator's address from)
        properties.put("shop.zookeeper-address", zooKeeperAddress);
        properties.put("dubbo.registry.address", "zookeeper://" + zooKeeperAddress);
        properties.put("shop.zookeeper.acl.username", EmbeddedZooKeeper.USERNAME);
        properties.put("shop.zookeeper.acl.password", EmbeddedZooKeeper.PASSWORD);
        properties.put("shop.dubbo.auth.token", DUBBO_TOKEN);
        properties.put("rocketmq.name-server", rocketMq.namesrvAddress());
        properties.put("shop.rocketmq.acl.access-key", EmbeddedRocketMq.ACCESS_KEY);
        properties.put("shop.rocketmq.acl.secret-key", EmbeddedRocketMq.SECRET_KEY);
        properties.put("spring.datasource.url", jdbcUrl(databaseOf(service)));
        properties.put("spring.datasource.username", EmbeddedMariaDb.USER);
        properties.put("spring.datasource.password", EmbeddedMariaDb.PASSWORD);
        properties.put("shop.mqtt.url", mqtt.url());
        properties.put("shop.mqtt.username", DevelopmentMqttUsers.SERVICE.username());
        properties.put("shop.mqtt.password", DevelopmentMqttUsers.SERVICE.password());
        return properties;
    }

    /** The database of a service: {@code shop_<service>}. */
    public static String databaseOf(String service) {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException("no database for '" + service + "'; services are " + SERVICES);
        }
        return "shop_" + service;
    }

    public String jdbcUrl(String database) {
        return mariaDb.jdbcUrl(database);
    }

    public EmbeddedZooKeeper zooKeeper() {
        return zooKeeper;
    }

    public EmbeddedMariaDb mariaDb() {
        return mariaDb;
    }

    public EmbeddedRocketMq rocketMq() {
        return rocketMq;
    }

    public EmbeddedMqttBroker mqtt() {
        return mqtt;
    }

    public InfrastructurePorts ports() {
        return ports;
    }

    public InfrastructureDirectories directories() {
        return directories;
    }
}
