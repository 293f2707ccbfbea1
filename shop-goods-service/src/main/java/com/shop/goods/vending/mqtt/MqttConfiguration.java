package com.shop.goods.vending.mqtt;

import com.shop.goods.vending.application.DispenseResultHandler;
import com.shop.goods.vending.application.VendingProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The goods service's two MQTT clients. They are separate connections so that a result held up by a slow database
 * never delays a command's acknowledgement from the broker. Both keep a persistent session: the broker holds results
 * for the subscriber while it is away, and finishes a command's QoS 2 handshake that a reconnect interrupted.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MqttBrokerProperties.class)
class MqttConfiguration {

    @Bean
    MqttDispenseCommandPublisher dispenseCommandPublisher(MqttBrokerProperties broker, VendingProperties vending) {
        VendingProperties.Mqtt mqtt = vending.getMqtt();
        return new MqttDispenseCommandPublisher(
                MqttConnection.persistentSession(broker, mqtt, mqtt.getClientId() + "-commands"),
                mqtt.getCompletionTimeout());
    }

    @Bean
    MqttDispenseResultSubscriber dispenseResultSubscriber(
            MqttBrokerProperties broker, VendingProperties vending, DispenseResultHandler results, Clock clock) {
        VendingProperties.Mqtt mqtt = vending.getMqtt();
        return new MqttDispenseResultSubscriber(
                () -> MqttConnection.persistentSession(broker, mqtt, mqtt.getClientId()), results::apply, clock);
    }
}
