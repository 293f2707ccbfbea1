package com.shop.devstack.vending;

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
 * The machines' one MQTT connection: takes every machine's commands and publishes their results, both at QoS 2. It
 * reconnects by itself and subscribes again each time, since its session is clean.
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

    MachineLink(String brokerUrl, String clientId) throws MqttException {
        this.client = new MqttAsyncClient(brokerUrl, clientId, new MemoryPersistence());
    }

    /** Connects, subscribes to {@link VendingTopics#ALL_COMMANDS} and returns once the broker granted it. */
    void connect(CommandListener listener) throws MqttException {
        client.setCallback(new Callback(listener));
        DisconnectedBufferOptions buffer = new DisconnectedBufferOptions();
        // results due while the broker is away go out once the connection is back
        buffer.setBufferEnabled(true);
        buffer.setBufferSize(DISCONNECTED_BUFFER);
        client.setBufferOpts(buffer);
        client.connect(options()).waitForCompletion(WAIT_MS);
        IMqttToken subscription = client.subscribe(VendingTopics.ALL_COMMANDS, QOS);
        subscription.waitForCompletion(WAIT_MS);
        int[] granted = subscription.getGrantedQos();
        if (granted.length != 1 || granted[0] == SUBSCRIPTION_REFUSED) {
            throw new IllegalStateException("the broker refused the subscription to " + VendingTopics.ALL_COMMANDS);
        }
    }

    private static MqttConnectOptions options() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(true);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(MAX_RECONNECT_DELAY_MS);
        options.setMaxInflight(MAX_IN_FLIGHT);
        return options;
    }

    void publish(String innerCode, DispenseResult result) {
        String topic = VendingTopics.results(innerCode);
        try {
            client.publish(topic, result.toJson(), QOS, false, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                }

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
            log.warn("the machines' MQTT client did not close", e);
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
            log.info("machines reconnected to {}", serverUri);
            try {
                // not waited for: acknowledgements are handled on this very thread
                client.subscribe(VendingTopics.ALL_COMMANDS, QOS);
            } catch (MqttException e) {
                log.warn("machines could not subscribe to {} again", VendingTopics.ALL_COMMANDS, e);
            }
        }

        @Override
        public void connectionLost(Throwable cause) {
            log.warn("machines lost the MQTT connection ({}); reconnecting", String.valueOf(cause));
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
        public void deliveryComplete(IMqttDeliveryToken token) {
        }
    }
}
