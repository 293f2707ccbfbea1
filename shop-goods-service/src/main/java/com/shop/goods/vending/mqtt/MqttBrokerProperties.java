package com.shop.goods.vending.mqtt;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The MQTT broker the vending machines are connected to ({@code shop.mqtt.*}). */
@Data
@ConfigurationProperties("shop.mqtt")
public class MqttBrokerProperties {

    /** tcp://host:port, or ssl://host:port. */
    private String url = "tcp://127.0.0.1:11883";
    /** The goods service's user at the broker; empty only for a broker that lets clients in without credentials. */
    private String username = "shop-goods-service";
    /** Outside development mode the service refuses to start while this is empty. */
    private String password = "";
}
