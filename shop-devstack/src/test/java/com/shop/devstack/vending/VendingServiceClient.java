package com.shop.devstack.vending;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.shop.infra.DevelopmentMqttUsers;
import com.shop.infra.VendingTopics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** The goods service's side of the machines' topics: sends dispense commands, collects the results per order. */
public final class VendingServiceClient implements AutoCloseable {

    /** A result as it arrived. */
    public record Result(String topic, String json, long receivedAtMillis) {

        DocumentContext document() {
            return JsonPath.parse(json);
        }
    }

    private final MqttClient client;
    private final Map<String, BlockingQueue<Result>> resultsByOrder = new ConcurrentHashMap<>();

    public VendingServiceClient(String brokerUrl) throws MqttException {
        client = new MqttClient(brokerUrl, "vending-service-test", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(DevelopmentMqttUsers.SERVICE.username());
        options.setPassword(DevelopmentMqttUsers.SERVICE.passwordChars());
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setMaxInflight(1_000);
        client.connect(options);
        client.subscribe(VendingTopics.ALL_RESULTS, 2, (topic, message) -> {
            String json = new String(message.getPayload(), StandardCharsets.UTF_8);
            String orderId = JsonPath.parse(json).read("$.orderId", String.class);
            results(orderId).add(new Result(topic, json, System.currentTimeMillis()));
        });
    }

    /** A command whose id is {@link #commandIdOf(String)} of the order. */
    public static String command(String orderId, String innerCode, String channelCode) {
        return "{\"orderId\":\"" + orderId + "\",\"commandId\":\"" + commandIdOf(orderId) + "\",\"innerCode\":\""
                + innerCode + "\",\"channelCode\":\"" + channelCode
                + "\",\"goodsId\":2001,\"requestTime\":" + System.currentTimeMillis() + ",\"timeoutSeconds\":60}";
    }

    static String commandIdOf(String orderId) {
        return "command-of-" + orderId;
    }

    public void send(String innerCode, String payload) throws MqttException {
        MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        message.setQos(2);
        client.publish(VendingTopics.commands(innerCode), message);
    }

    public Result nextResult(String orderId, Duration timeout) throws InterruptedException {
        Result result = results(orderId).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(result)
                .as("a result for order %s within %s", orderId, timeout)
                .isNotNull();
        return result;
    }

    void assertNoResult(String orderId, Duration during) throws InterruptedException {
        assertThat(results(orderId).poll(during.toMillis(), TimeUnit.MILLISECONDS))
                .as("a result for order %s", orderId)
                .isNull();
    }

    private BlockingQueue<Result> results(String orderId) {
        return resultsByOrder.computeIfAbsent(orderId, id -> new LinkedBlockingQueue<>());
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }
}
