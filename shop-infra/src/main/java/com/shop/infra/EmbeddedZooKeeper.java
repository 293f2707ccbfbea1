package com.shop.infra;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.zookeeper.metrics.impl.NullMetricsProvider;
import org.apache.zookeeper.server.embedded.ExitHandler;
import org.apache.zookeeper.server.embedded.ZooKeeperServerEmbedded;

/**
 * A standalone ZooKeeper server on 127.0.0.1: the Dubbo registry and the home of the worker-id and vending machine
 * leases.
 *
 * <p>The server needs no setting for the suite's ACLs: the digest scheme is built in, and the clients put a creator-all
 * ACL on what they create, authenticated with the development credentials below. A client that has not added them
 * ({@code addauth digest shop:shop-development-zookeeper-secret} in {@code zkCli.sh}) gets NoAuth for them.
 */
public final class EmbeddedZooKeeper implements EmbeddedServer {

    /** The development credentials of the suite's clients; the shop applications read them from the environment. */
    public static final String USERNAME = "shop";

    public static final String PASSWORD = "shop-development-zookeeper-secret";
    public static final String AUTH_SCHEME = "digest";

    private static final long START_TIMEOUT_MS = 30_000;

    private final int port;
    private final Path directory;
    private ZooKeeperServerEmbedded server;

    /** @param directory holds the generated configuration and, below {@code data/}, the snapshots and logs */
    public EmbeddedZooKeeper(int port, Path directory) {
        this.port = port;
        this.directory = directory;
    }

    @Override
    public String name() {
        return "ZooKeeper";
    }

    @Override
    public synchronized void start() throws Exception {
        if (server != null) {
            return;
        }
        Files.createDirectories(directory);
        ZooKeeperServerEmbedded starting = ZooKeeperServerEmbedded.builder()
                .baseDir(directory)
                .configuration(configuration())
                // the default handler calls System.exit when the server fails
                .exitHandler(ExitHandler.LOG_ONLY)
                .build();
        try {
            starting.start(START_TIMEOUT_MS);
        } catch (Exception e) {
            starting.close();
            throw e;
        }
        server = starting;
    }

    private Properties configuration() {
        Properties configuration = new Properties();
        configuration.setProperty("clientPort", Integer.toString(port));
        // without it ZooKeeper listens on every interface
        configuration.setProperty("clientPortAddress", "127.0.0.1");
        configuration.setProperty("tickTime", "2000");
        // seven applications, their Curator clients and tests share one address; the default allows 60
        configuration.setProperty("maxClientCnxns", "0");
        // the admin server would take port 8080, the order web's
        configuration.setProperty("admin.enableServer", "false");
        configuration.setProperty("metricsProvider.className", NullMetricsProvider.class.getName());
        // the data folder is kept between runs: do not let snapshots pile up
        configuration.setProperty("autopurge.snapRetainCount", "3");
        configuration.setProperty("autopurge.purgeInterval", "1");
        return configuration;
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public String address() {
        return "127.0.0.1:" + port;
    }

    /** What a client authenticates with, in the {@link #AUTH_SCHEME digest} scheme: {@code user:password}. */
    public static byte[] authentication() {
        return (USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8);
    }

    public int port() {
        return port;
    }
}
