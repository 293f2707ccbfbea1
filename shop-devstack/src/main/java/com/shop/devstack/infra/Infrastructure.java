package com.shop.devstack.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;

/**
 * ZooKeeper, MariaDB, RocketMQ and an MQTT broker, started one after another (on two cores that is faster than
 * in parallel) and stopped in reverse order. Data lives under {@code dataRoot}; MariaDB's binaries under
 * {@code mariaDbBaseDir}, unpacked once.
 */
@Slf4j
public final class Infrastructure implements AutoCloseable {

    private final InfrastructurePorts ports;
    private final EmbeddedZooKeeper zooKeeper;
    private final EmbeddedMariaDb mariaDb;
    private final EmbeddedRocketMq rocketMq;
    private final EmbeddedMqttBroker mqtt;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    public Infrastructure(Path dataRoot, Path mariaDbBaseDir, InfrastructurePorts ports) {
        this.ports = ports;
        this.zooKeeper = new EmbeddedZooKeeper(dataRoot.resolve("zookeeper"), ports.zooKeeper());
        this.mariaDb = new EmbeddedMariaDb(dataRoot.resolve("mariadb").resolve("data"), mariaDbBaseDir, ports.mariaDb());
        this.rocketMq = new EmbeddedRocketMq(dataRoot.resolve("rocketmq"), ports.nameServer(), ports.broker());
        this.mqtt = new EmbeddedMqttBroker(dataRoot.resolve("mqtt"), ports.mqtt());
        routeRocketMqLogs(dataRoot.resolve("logs").resolve("rocketmq"));
    }

    /**
     * RocketMQ's shaded logback would merge the broker's bundled configuration, which writes under
     * {@code ~/logs/rocketmqlogs}; pointing it at our one file keeps every log in the data folder. Must run before
     * the first RocketMQ class logs.
     */
    private static void routeRocketMqLogs(Path logDir) {
        System.setProperty("rocketmq.log.root", logDir.toString());
        if (System.getProperty("rmq.logback.configurationFile") == null) {
            System.setProperty("rmq.logback.configurationFile",
                    Infrastructure.class.getResource("/rmq.logback.xml").toString());
        }
    }

    /** Starts everything; on a failure stops what had started and rethrows. */
    public Infrastructure start() throws Exception {
        long begin = System.nanoTime();
        try {
            step("ZooKeeper", zooKeeper, zooKeeper::start);
            step("MariaDB", mariaDb, mariaDb::start);
            step("RocketMQ", rocketMq, rocketMq::start);
            step("MQTT broker", mqtt, mqtt::start);
        } catch (Exception e) {
            close();
            throw e;
        }
        log.info("Infrastructure up in {} ms", Duration.ofNanos(System.nanoTime() - begin).toMillis());
        return this;
    }

    private void step(String name, AutoCloseable component, StartAction action) throws Exception {
        long begin = System.nanoTime();
        action.start();
        started.push(component);
        log.info("{} started in {} ms", name, Duration.ofNanos(System.nanoTime() - begin).toMillis());
    }

    public InfrastructurePorts ports() {
        return ports;
    }

    public String zooKeeperAddress() {
        return zooKeeper.connectString();
    }

    public String nameServerAddress() {
        return rocketMq.namesrvAddress();
    }

    public String mqttUrl() {
        return mqtt.url();
    }

    public String jdbcUrl(String database) {
        return mariaDb.jdbcUrl(database);
    }

    public EmbeddedRocketMq rocketMq() {
        return rocketMq;
    }

    /** The environment variables through which the shop applications find this infrastructure. */
    public Map<String, String> serviceEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SHOP_ZK_ADDRESS", zooKeeperAddress());
        env.put("SHOP_ROCKETMQ_NAMESRV", nameServerAddress());
        env.put("SHOP_MQTT_URL", mqttUrl());
        for (String service : new String[] {"order", "goods", "coupon", "user", "pay"}) {
            String suffix = service.toUpperCase(Locale.ROOT);
            env.put("SHOP_DB_URL_" + suffix, jdbcUrl("shop_" + service));
            env.put("SHOP_DB_USER_" + suffix, EmbeddedMariaDb.USER);
            env.put("SHOP_DB_PASSWORD_" + suffix, EmbeddedMariaDb.PASSWORD);
        }
        return env;
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable component = started.pop();
            try {
                component.close();
            } catch (Exception e) {
                log.warn("Stopping {} failed", component.getClass().getSimpleName(), e);
            }
        }
    }

    @FunctionalInterface
    private interface StartAction {
        void start() throws Exception;
    }
}
