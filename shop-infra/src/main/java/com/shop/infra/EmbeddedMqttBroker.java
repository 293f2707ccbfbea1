package com.shop.infra;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * An MQTT 3.1.1 broker (Moquette) on 127.0.0.1 for the vending machines. Sessions, subscriptions and queued QoS 1/2
 * messages are kept on disk, so a persistent session survives a broker restart. Only the goods service and the
 * machines get in, each with its development credentials ({@link DevelopmentMqttUsers}), and each may use only its
 * own topics ({@link VendingTopicPolicy}).
 */
public final class EmbeddedMqttBroker implements EmbeddedServer {

    private static final String MAX_MESSAGE_BYTES = Integer.toString(64 * 1024);

    private final int port;
    private final Path directory;
    private Server server;

    public EmbeddedMqttBroker(int port, Path directory) {
        this.port = port;
        this.directory = directory;
    }

    @Override
    public String name() {
        return "MQTT";
    }

    @Override
    public synchronized void start() throws Exception {
        if (server != null) {
            return;
        }
        Files.createDirectories(directory);
        Server starting = new Server();
        starting.startServer(
                new MemoryConfig(configuration()),
                null,
                null,
                new VendingBrokerAuthenticator(),
                new VendingTopicPolicy());
        server = starting;
    }

    private Properties configuration() {
        Properties configuration = new Properties();
        configuration.setProperty("host", "127.0.0.1");
        configuration.setProperty("port", Integer.toString(port));
        // "disabled", not 0: 0 would open a websocket listener on a random port
        configuration.setProperty("websocket_port", "disabled");
        configuration.setProperty("allow_anonymous", "false");
        configuration.setProperty("telemetry_enabled", "false");
        configuration.setProperty("persistence_enabled", "true");
        configuration.setProperty("data_path", directory.toString());
        configuration.setProperty("persistent_queue_type", "h2");
        configuration.setProperty("netty.mqtt.message_size", MAX_MESSAGE_BYTES);
        return configuration;
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
    }

    @Override
    public String address() {
        return url();
    }

    /** What MQTT clients connect to. */
    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }
}
