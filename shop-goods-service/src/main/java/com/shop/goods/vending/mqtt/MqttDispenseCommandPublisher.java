package com.shop.goods.vending.mqtt;

import com.shop.goods.vending.domain.DispenseCommand;
import com.shop.goods.vending.domain.DispenseCommandPublisher;
import java.time.Duration;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes dispense commands at QoS 2 and returns only when the broker completed the exchange, so the request that
 * asked for the command is acknowledged to RocketMQ only once the command is safely with the broker. It sends and
 * keeps nothing, so its session is a clean one: a command lost with the connection is thrown back to the caller,
 * whose message is then delivered again.
 */
public class MqttDispenseCommandPublisher implements DispenseCommandPublisher, SmartLifecycle {

    private final MqttConnection connection;
    private final Duration completionTimeout;

    public MqttDispenseCommandPublisher(MqttConnection connection, Duration completionTimeout) {
        this.connection = connection;
        this.completionTimeout = completionTimeout;
    }

    @Override
    public void send(DispenseCommand command) {
        String topic = MachineProtocol.commandTopic(command.getInnerCode());
        if (!connection.awaitConnected(completionTimeout)) {
            throw new IllegalStateException("not connected to the MQTT broker " + connection.serverUri()
                    + "; dispense command for order " + command.getOrderId() + " not sent");
        }
        try {
            IMqttDeliveryToken token = connection.publish(topic, MachineProtocol.command(command), MachineProtocol.QOS);
            token.waitForCompletion(completionTimeout.toMillis());
        } catch (MqttException e) {
            throw new IllegalStateException(
                    "dispense command for order " + command.getOrderId() + " on " + topic
                            + " not confirmed by the MQTT broker: " + e,
                    e);
        }
    }

    @Override
    public void start() {
        connection.start(() -> {}, null);
    }

    @Override
    public void stop() {
        connection.close();
    }

    @Override
    public boolean isRunning() {
        return connection.isRunning();
    }
}
