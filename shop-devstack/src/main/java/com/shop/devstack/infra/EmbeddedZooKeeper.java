package com.shop.devstack.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.zookeeper.server.embedded.ExitHandler;
import org.apache.zookeeper.server.embedded.ZooKeeperServerEmbedded;

/** A single ZooKeeper server on loopback, its data kept in {@code dir}. */
public final class EmbeddedZooKeeper implements AutoCloseable {

    private final Path dir;
    private final int port;
    private ZooKeeperServerEmbedded server;

    public EmbeddedZooKeeper(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    public void start() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Properties config = new Properties();
        config.setProperty("clientPort", Integer.toString(port));
        config.setProperty("clientPortAddress", "127.0.0.1");
        config.setProperty("dataDir", dir.resolve("data").toString());
        config.setProperty("tickTime", "2000");
        config.setProperty("initLimit", "10");
        config.setProperty("syncLimit", "5");
        config.setProperty("maxClientCnxns", "0");
        config.setProperty("admin.enableServer", "false");
        config.setProperty("metricsProvider.className", "org.apache.zookeeper.metrics.impl.NullMetricsProvider");
        config.setProperty("autopurge.snapRetainCount", "3");
        config.setProperty("autopurge.purgeInterval", "1");
        server = ZooKeeperServerEmbedded.builder()
                .baseDir(dir)
                .configuration(config)
                .exitHandler(ExitHandler.LOG_ONLY)
                .build();
        server.start(30_000);
    }

    public String connectString() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
