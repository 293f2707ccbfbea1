package com.shop.devstack.vending;

import com.shop.infra.MqttCredentials;
import com.shop.infra.VendingTopics;
import org.eclipse.paho.client.mqttv3.DisconnectedBufferOptions;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One machine's MQTT connection, with the machine's own credentials: takes its commands and publishes its results,
 * both at QoS 2, on its own topics only (the broker allows no others). It reconnects by itself and subscribes again
 * each time, since its session is clean.
 */
final class MachineLink {

    private static final Logger log = LoggerFactory.getLogger(MachineLink.class);
    private static final int QOS = 2;
    private static final int SUBSCRIPTION_REFUSED = 0x80;
    private static final long WAIT_MS = 10_000;
    private static final long QUIESCE_MS = 1_000;
    private static final int MAX_RECONNECT_DELAY_MS = 2_000;
    // Paho's default of 10 unacknowledged messages would refuse results when many orders are dispensed at once
    private static final int MAX_IN_FLIGHT = 1_000;
    private static final int DISCONNECTED_BUFFER = 10_000;

    private final MqttAsyncClient client;
    private final String innerCode;
    private final String commands;
    private final MqttCredentials credentials;

    MachineLink(String brokerUrl, String innerCode, MqttCredentials credentials) throws MqttException {
        this.client =
                new MqttAsyncClient(brokerUrl, MachineSimulator.CLIENT_ID_PREFIX + innerCode, new MemoryPersistence());
        this.innerCode = innerCode;
        this.commands = VendingTopics.commands(innerCode);
        this.credentials = credentials;
    }

    /** Connects, subscribes to the machine's commands and returns once the broker granted it. */
    void connect(CommandListener listener) throws MqttException {
        client.setCallback(new Callback(listener));
        DisconnectedBufferOptions buffer = new DisconnectedBufferOptions();
        // results due while the broker is away go out once the connection is back
        buffer.setBufferEnabled(true);
        buffer.setBufferSize(DISCONNECTED_BUFFER);
        client.setBufferOpts(buffer);
        client.connect(options()).waitForCompletion(WAIT_MS);
        IMqttToken subscription = client.subscribe(commands, QOS);
        subscription.waitForCompletion(WAIT_MS);
        int[] granted = subscription.getGrantedQos();
        if (granted.length != 1 || granted[0] == SUBSCRIPTION_REFUSED) {
            throw new IllegalStateException(
                    "the broker refused machine " + innerCode + " the subscription to " + commands);
        }
    }

    private MqttConnectOptions options() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(credentials.username());
        options.setPassword(credentials.passwordChars());
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(true);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(MAX_RECONNECT_DELAY_MS);
        options.setMaxInflight(MAX_IN_FLIGHT);
        return options;
    }

    void publish(DispenseResult result) {
        String topic = VendingTopics.results(innerCode);
        try {
            client.publish(topic, result.toJson(), QOS, false, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {}

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    log.warn("the result of order {} was not delivered to {}", result.orderId(), topic, failure);
                }
            });
        } catch (MqttException e) {
            log.warn("the result of order {} could not be published to {}", result.orderId(), topic, e);
        }
    }

    /** Disconnects and releases the client's threads. */
    void close() {
        try {
            if (client.isConnected()) {
                client.disconnect(QUIESCE_MS).waitForCompletion(WAIT_MS);
            }
        } catch (MqttException e) {
            log.debug("MQTT disconnect did not complete", e);
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            log.warn("the MQTT client of machine {} did not close", innerCode, e);
        }
    }

    private final class Callback implements MqttCallbackExtended {

        private final CommandListener listener;

        Callback(CommandListener listener) {
            this.listener = listener;
        }

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            if (!reconnect) {
                return;
            }
            log.info("machine {} reconnected to {}", innerCode, serverUri);
            try {
                // not waited for: acknowledgements are handled on this very thread
                client.subscribe(commands, QOS);
            } catch (MqttException e) {
                log.warn("machine {} could not subscribe to {} again", innerCode, commands, e);
            }
        }

        @Override
        public void connectionLost(Throwable cause) {
            log.warn("machine {} lost its MQTT connection ({}); reconnecting", innerCode, String.valueOf(cause));
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            try {
                listener.arrived(topic, message.getPayload());
            } catch (RuntimeException e) {
                // thrown back to Paho it would close the connection
                log.warn("a command on {} could not be handled", topic, e);
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {}
    }
}
