package com.shop.devstack;

import com.shop.devstack.sandbox.AlipaySandbox;
import com.shop.devstack.sandbox.MerchantAccount;
import com.shop.devstack.sandbox.PaymentSandbox;
import com.shop.devstack.sandbox.SandboxCertificates;
import com.shop.devstack.vending.MachineSimulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ZooKeeper, MariaDB, RocketMQ, the MQTT broker, the vending machine simulator (a client of the broker) and the
 * payment sandbox, started one after another (on two cores that beats starting them in parallel) and stopped in
 * reverse order.
 */
public final class Infrastructure {

    /** The services that own a database, as they appear in environment variable names and database names. */
    public static final List<String> SERVICES = List.of("order", "goods", "coupon", "user", "pay");
    /** The development token the services' Dubbo providers demand of their callers. */
    public static final String DUBBO_TOKEN = "shop-development-dubbo-token";

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);

    private final DevStackPorts ports;
    private final InfrastructureDirectories directories;
    private final EmbeddedZooKeeper zooKeeper;
    private final EmbeddedMariaDb mariaDb;
    private final EmbeddedRocketMq rocketMq;
    private final EmbeddedMqttBroker mqtt;
    private final MachineSimulator machineSimulator;
    private final PaymentSandbox paymentSandbox;
    private final List<EmbeddedServer> started = new ArrayList<>();

    /** With the payment sandbox retrying notifications on the devstack's scale. */
    public Infrastructure(DevStackPorts ports, InfrastructureDirectories directories) {
        this(ports, directories, PaymentSandbox.DEVSTACK_NOTIFY_DELAY_SCALE);
    }

    /**
     * @param sandboxNotifyScale what the payment platform's notification retry intervals are multiplied by
     */
    public Infrastructure(DevStackPorts ports, InfrastructureDirectories directories, double sandboxNotifyScale) {
        this(ports, directories, sandboxNotifyScale, null);
    }

    /**
     * @param machineBrokerUrl the MQTT broker the simulated machines connect to when the goods service is pointed at
     *                         another than the embedded one ({@code SHOP_MQTT_URL}); null for the embedded broker
     */
    public Infrastructure(
            DevStackPorts ports,
            InfrastructureDirectories directories,
            double sandboxNotifyScale,
            String machineBrokerUrl) {
        this.ports = ports;
        this.directories = directories;
        this.zooKeeper = new EmbeddedZooKeeper(ports.zooKeeper(), directories.zooKeeper());
        this.mariaDb = new EmbeddedMariaDb(ports.mariaDb(), directories.mariaDbData(), directories.mariaDbBase());
        this.rocketMq = new EmbeddedRocketMq(ports.nameServer(), ports.broker(), directories.rocketMq());
        this.mqtt = new EmbeddedMqttBroker(ports.mqtt(), directories.mqtt());
        this.machineSimulator = new MachineSimulator(
                ports.machineSimulator(), machineBrokerUrl == null ? mqtt.url() : machineBrokerUrl);
        MachineSimulator.DEMO_MACHINES.forEach(machineSimulator::switchOn);
        this.paymentSandbox =
                new PaymentSandbox(ports.paymentSandbox(), MerchantAccount.DEVELOPMENT, sandboxNotifyScale);
    }

    /**
     * Starts every server in order. When one fails, those already started are stopped again and the failure is
     * thrown; a launcher should then exit the JVM, since a failed ZooKeeper start can leave non-daemon threads.
     */
    public synchronized void start() {
        RocketMqFiles.keepUnder(directories.logs(), directories.rocketMq());
        for (EmbeddedServer server : List.of(zooKeeper, mariaDb, rocketMq, mqtt, machineSimulator, paymentSandbox)) {
            if (started.contains(server)) {
                continue;
            }
            long begin = System.nanoTime();
            try {
                server.start();
            } catch (Exception e) {
                stop();
                throw new InfrastructureStartException(server.name() + " did not start on " + server.address(), e);
            }
            started.add(server);
            log.info(
                    "{} listening on {} ({} ms)",
                    server.name(),
                    server.address(),
                    (System.nanoTime() - begin) / 1_000_000);
        }
    }

    /** Stops whatever runs, last started first. Never throws: a server that fails to stop is logged. */
    public synchronized void stop() {
        for (int i = started.size() - 1; i >= 0; i--) {
            EmbeddedServer server = started.get(i);
            long begin = System.nanoTime();
            try {
                server.stop();
                log.info("{} stopped ({} ms)", server.name(), (System.nanoTime() - begin) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("{} did not stop cleanly", server.name(), e);
            }
        }
        started.clear();
    }

    /**
     * The environment variables the shop applications read to find this infrastructure: {@code SHOP_ZK_ADDRESS} with
     * ZooKeeper's development credentials ({@code SHOP_ZK_USERNAME}, {@code SHOP_ZK_PASSWORD}), the Dubbo providers'
     * development token ({@code SHOP_DUBBO_TOKEN}), {@code SHOP_ROCKETMQ_NAMESRV} with the broker's development keys
     * ({@code SHOP_ROCKETMQ_ACCESS_KEY}, {@code SHOP_ROCKETMQ_SECRET_KEY}), {@code SHOP_MQTT_URL}, {@code SHOP_WXPAY_BASE_URL} (the payment sandbox) with its
     * certificate-guarded refund API ({@code SHOP_WXPAY_SECAPI_BASE_URL}, HTTPS), the merchant certificate to present
     * there ({@code SHOP_WXPAY_CERT_PATH}, {@code SHOP_WXPAY_CERT_PASSWORD}) and the development CA to trust for it
     * ({@code SHOP_WXPAY_TRUST_CA_PATH}), the Alipay sandbox's gateway, development app and keys
     * ({@code SHOP_ALIPAY_GATEWAY_URL}, {@code SHOP_ALIPAY_APP_ID}, {@code SHOP_ALIPAY_PRIVATE_KEY},
     * {@code SHOP_ALIPAY_PUBLIC_KEY}) and, per
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
        environment.put("SHOP_WXPAY_BASE_URL", paymentSandbox.baseUrl());
        environment.putAll(merchantCertificateEnvironment());
        environment.putAll(alipayEnvironment());
        return environment;
    }

    /** The Alipay sandbox's gateway and the development keys it made: the merchant's private, the platform's public. */
    public Map<String, String> alipayEnvironment() {
        AlipaySandbox alipay = paymentSandbox.alipay();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SHOP_ALIPAY_GATEWAY_URL", paymentSandbox.alipayGatewayUrl());
        environment.put("SHOP_ALIPAY_APP_ID", alipay.appId());
        environment.put("SHOP_ALIPAY_PRIVATE_KEY", alipay.keys().merchantPrivateKey());
        environment.put("SHOP_ALIPAY_PUBLIC_KEY", alipay.keys().platformPublicKey());
        return environment;
    }

    /**
     * Where the pay service refunds (mutual TLS against the sandbox) and with what, as its environment says; nothing
     * before the sandbox listens, since its secapi port is chosen at start.
     */
    private Map<String, String> merchantCertificateEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        if (!paymentSandbox.isStarted()) {
            return environment;
        }
        SandboxCertificates certificates = paymentSandbox.certificates();
        environment.put("SHOP_WXPAY_SECAPI_BASE_URL", paymentSandbox.secapiBaseUrl());
        environment.put("SHOP_WXPAY_CERT_PATH", certificates.merchantKeyStore().toString());
        environment.put("SHOP_WXPAY_CERT_PASSWORD", certificates.merchantKeyStorePassword());
        environment.put("SHOP_WXPAY_TRUST_CA_PATH", certificates.authorityPem().toString());
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

    /** Every vending machine, answering the goods service's dispense commands over MQTT. */
    public MachineSimulator machineSimulator() {
        return machineSimulator;
    }

    public PaymentSandbox paymentSandbox() {
        return paymentSandbox;
    }

    public DevStackPorts ports() {
        return ports;
    }

    public InfrastructureDirectories directories() {
        return directories;
    }
}
