package com.shop.devstack.infra;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** An MQTT 3.1.1 broker (Moquette) on loopback, persisting sessions and QoS 2 messages in {@code dir}. */
public final class EmbeddedMqttBroker implements AutoCloseable {

    private final Path dir;
    private final int port;
    private Server server;

    public EmbeddedMqttBroker(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    public void start() throws Exception {
        Files.createDirectories(dir);
        Properties properties = new Properties();
        properties.setProperty(BrokerConstants.HOST_PROPERTY_NAME, "127.0.0.1");
        properties.setProperty(BrokerConstants.PORT_PROPERTY_NAME, Integer.toString(port));
        properties.setProperty(BrokerConstants.WEB_SOCKET_PORT_PROPERTY_NAME, BrokerConstants.DISABLED_PORT_BIND);
        properties.setProperty(BrokerConstants.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        properties.setProperty(BrokerConstants.ENABLE_TELEMETRY_NAME, "false");
        properties.setProperty(BrokerConstants.PERSISTENCE_ENABLED_PROPERTY_NAME, "true");
        properties.setProperty(BrokerConstants.DATA_PATH_PROPERTY_NAME, dir.toString());
        server = new Server();
        server.startServer(new MemoryConfig(properties));
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
    }
}
