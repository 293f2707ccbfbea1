package com.shop.infra;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** A plain MQTT client for tests: connects as told, records what arrives on its subscriptions as topic and text. */
public final class MqttTestClient implements AutoCloseable {

    /** What a broker answers in SUBACK for a subscription it refuses. */
    public static final int REFUSED = 0x80;

    private static final long WAIT_MS = 10_000;

    /** A message as it arrived. */
    public record Received(String topic, String payload) {}

    private final MqttAsyncClient client;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    private MqttTestClient(MqttAsyncClient client) {
        this.client = client;
    }

    /** Connected when this returns; throws what the broker answered when it refused the connection. */
    public static MqttTestClient connect(String url, String clientId, MqttCredentials credentials)
            throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(url, clientId, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(true);
        if (credentials != null) {
            options.setUserName(credentials.username());
            options.setPassword(credentials.passwordChars());
        }
        try {
            client.connect(options).waitForCompletion(WAIT_MS);
        } catch (MqttException refused) {
            client.close(true);
            throw refused;
        }
        return new MqttTestClient(client);
    }

    /** @return the QoS the broker granted, or {@link #REFUSED} */
    public int subscribe(String topicFilter) throws MqttException {
        var token = client.subscribe(
                topicFilter,
                2,
                null,
                null,
                (topic, message) ->
                        received.add(new Received(topic, new String(message.getPayload(), StandardCharsets.UTF_8))));
        token.waitForCompletion(WAIT_MS);
        return token.getGrantedQos()[0];
    }

    /** Publishes at QoS 1 and waits for the broker's acknowledgement. */
    public void publish(String topic, String payload) throws MqttException {
        client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false)
                .waitForCompletion(WAIT_MS);
    }

    /**
     * Publishes at QoS 1 without waiting: Moquette drops a message its policy refuses without acknowledging it. What
     * was sent before a later, acknowledged publish on the same connection has reached the broker by then.
     */
    public void publishUnacknowledged(String topic, String payload) throws MqttException {
        client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
    }

    /** The next message to arrive within the time, or null. */
    public Received next(Duration within) throws InterruptedException {
        return received.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            // no quiesce: an unacknowledged publish would hold the disconnect up
            client.disconnect(0).waitForCompletion(WAIT_MS);
        }
        client.close(true);
    }
}
