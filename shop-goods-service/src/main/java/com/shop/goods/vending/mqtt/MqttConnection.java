package com.shop.goods.vending.mqtt;

import com.shop.goods.vending.application.VendingProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import lombok.extern.slf4j.Slf4j;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttMessageListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClientPersistence;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.paho.client.mqttv3.persist.MqttDefaultFilePersistence;

/**
 * One MQTT client connection (Paho v3, MQTT 3.1.1). It connects in the background, so an unreachable broker never
 * holds up the application's start: the first connection is retried here, with a growing delay, and once connected
 * Paho reconnects by itself. Each (re)connection is reported in the log and to the owner's {@code onConnected}.
 */
@Slf4j
public final class MqttConnection implements MqttCallbackExtended, AutoCloseable {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration RESUBSCRIBE_DELAY = Duration.ofSeconds(5);
    private static final long DISCONNECT_QUIESCE_MILLIS = 2_000;

    private final String serverUri;
    private final String clientId;
    private final MqttConnectOptions options;
    private final Duration maxRetryDelay;
    private final MqttAsyncClient client;
    private final ScheduledExecutorService retries;
    /** Counts every connection made and every one lost, so an owner can tell whether it still has the same one. */
    private final AtomicLong connectionChanges = new AtomicLong();

    private volatile boolean running;
    private volatile Duration nextRetry = FIRST_RETRY;
    private volatile Runnable onConnected = () -> {};
    private volatile IMqttMessageListener onMessage;

    /**
     * A session the broker keeps while the client is away (clean session off), with Paho's in-flight state on disk
     * under {@code state-directory}, and messages acknowledged only when the owner says so: what the broker handed
     * over survives a restart of the service until it is acknowledged.
     */
    public static MqttConnection persistentSession(
            MqttBrokerProperties broker, VendingProperties.Mqtt settings, String clientId) {
        Path directory = Path.of(settings.getStateDirectory()).toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the MQTT state directory " + directory, e);
        }
        return new MqttConnection(
                broker, settings, clientId, false, new MqttDefaultFilePersistence(directory.toString()));
    }

    /** A session that starts afresh at each connection, for a client that only sends and has nothing to keep. */
    public static MqttConnection cleanSession(
            MqttBrokerProperties broker, VendingProperties.Mqtt settings, String clientId) {
        return new MqttConnection(broker, settings, clientId, true, new MemoryPersistence());
    }

    private MqttConnection(
            MqttBrokerProperties broker,
            VendingProperties.Mqtt settings,
            String clientId,
            boolean cleanSession,
            MqttClientPersistence persistence) {
        this.serverUri = broker.getUrl();
        this.clientId = clientId;
        this.maxRetryDelay = settings.getMaxReconnectDelay();
        this.options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(cleanSession);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay((int) settings.getMaxReconnectDelay().toMillis());
        options.setConnectionTimeout((int) settings.getConnectionTimeout().toSeconds());
        options.setKeepAliveInterval((int) settings.getKeepAlive().toSeconds());
        options.setMaxInflight(64);
        if (broker.getUsername() != null && !broker.getUsername().isBlank()) {
            options.setUserName(broker.getUsername());
            options.setPassword(
                    broker.getPassword() == null
                            ? new char[0]
                            : broker.getPassword().toCharArray());
        }
        try {
            this.client = new MqttAsyncClient(serverUri, clientId, persistence);
        } catch (MqttException e) {
            throw new IllegalStateException(
                    "cannot create MQTT client " + clientId + " for " + serverUri + ": " + e, e);
        }
        client.setCallback(this);
        // only a persistent session has anything to acknowledge late: its owner acknowledges once a message is applied
        client.setManualAcks(!cleanSession);
        this.retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mqtt-connect-" + clientId);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts connecting; returns at once. */
    public synchronized void start(Runnable onConnected, IMqttMessageListener onMessage) {
        this.onConnected = onConnected;
        this.onMessage = onMessage;
        running = true;
        retries.execute(this::connect);
    }

    private void connect() {
        if (!running) {
            return;
        }
        try {
            client.connect(options, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    // reported by connectComplete
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    retryLater(failure);
                }
            });
        } catch (MqttException e) {
            retryLater(e);
        }
    }

    private void retryLater(Throwable failure) {
        if (!running) {
            return;
        }
        Duration delay = nextRetry;
        nextRetry = delay.multipliedBy(2).compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay.multipliedBy(2);
        log.warn(
                "MQTT broker {} unreachable for client {} ({}); trying again in {} s",
                serverUri,
                clientId,
                failure.toString(),
                delay.toSeconds());
        retries.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isConnected() {
        return client.isConnected();
    }

    /** Changes whenever a connection is made or lost: equal at two moments, the connection stayed up in between. */
    public long connectionNumber() {
        return connectionChanges.get();
    }

    /** Waits up to {@code timeout} for a connection; true when there is one. */
    public boolean awaitConnected(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!client.isConnected()) {
            if (!running || System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public IMqttDeliveryToken publish(String topic, byte[] payload, int qos) throws MqttException {
        return client.publish(topic, payload, qos, false);
    }

    /**
     * Subscribes without waiting, then runs {@code onSubscribed}; a refused subscription is logged and tried again
     * while the client runs.
     */
    public void subscribe(String topicFilter, int qos, Runnable onSubscribed) {
        try {
            client.subscribe(topicFilter, qos, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    log.info(
                            "MQTT client {} subscribed to {} (QoS {})",
                            clientId,
                            topicFilter,
                            token.getGrantedQos().length == 0 ? qos : token.getGrantedQos()[0]);
                    onSubscribed.run();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    resubscribeLater(topicFilter, qos, onSubscribed, failure);
                }
            });
        } catch (MqttException e) {
            resubscribeLater(topicFilter, qos, onSubscribed, e);
        }
    }

    private void resubscribeLater(String topicFilter, int qos, Runnable onSubscribed, Throwable failure) {
        if (running) {
            log.error(
                    "MQTT client {} could not subscribe to {} ({}); trying again in {} s",
                    clientId,
                    topicFilter,
                    failure.toString(),
                    RESUBSCRIBE_DELAY.toSeconds());
            retries.schedule(
                    () -> subscribe(topicFilter, qos, onSubscribed),
                    RESUBSCRIBE_DELAY.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Tells the broker the message is handled: for QoS 2 the final PUBCOMP, after which it is gone for good. */
    public void acknowledge(MqttMessage message) throws MqttException {
        client.messageArrivedComplete(message.getId(), message.getQos());
    }

    public boolean isRunning() {
        return running;
    }

    public String serverUri() {
        return serverUri;
    }

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {
        connectionChanges.incrementAndGet();
        nextRetry = FIRST_RETRY;
        log.info("MQTT client {} {} to {}", clientId, reconnect ? "reconnected" : "connected", serverURI);
        onConnected.run();
    }

    @Override
    public void connectionLost(Throwable cause) {
        connectionChanges.incrementAndGet();
        log.warn(
                "MQTT client {} lost its connection to {} ({}); reconnecting",
                clientId,
                serverUri,
                cause == null ? "closed" : cause.toString());
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws Exception {
        IMqttMessageListener listener = onMessage;
        if (listener == null) {
            log.warn(
                    "MQTT client {} got a message on {} it did not subscribe to: {}",
                    clientId,
                    topic,
                    new String(message.getPayload(), StandardCharsets.UTF_8));
            return;
        }
        listener.messageArrived(topic, message);
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // senders wait on their token
    }

    /** Disconnects, leaving a persistent session and its unacknowledged messages with the broker for next time. */
    @Override
    public synchronized void close() {
        running = false;
        retries.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect(DISCONNECT_QUIESCE_MILLIS).waitForCompletion(DISCONNECT_QUIESCE_MILLIS * 2);
            }
        } catch (MqttException e) {
            log.debug("MQTT client {} did not disconnect cleanly", clientId, e);
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            log.debug("MQTT client {} did not close cleanly", clientId, e);
        }
    }
}
