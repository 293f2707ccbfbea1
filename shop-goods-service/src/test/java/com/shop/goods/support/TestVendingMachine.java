package com.shop.goods.support;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Vending machines as a test sees them: one MQTT client that takes every machine's dispense commands
 * ({@code vm/+/vendout}) and answers each on the machine's result topic, with a success, a failure, or nothing at
 * all, as told per machine. Commands for machines it was not told about are none of its business (the broker may be
 * shared), and it answers off Paho's callback thread, as a machine would, in its own time.
 */
public final class TestVendingMachine implements AutoCloseable {

    public enum Answer { SUCCEED, FAIL, STAY_SILENT }

    private final MqttAsyncClient client;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<JSONObject> commands = new CopyOnWriteArrayList<>();
    private final ExecutorService answering = Executors.newSingleThreadExecutor();

    private TestVendingMachine(MqttAsyncClient client) {
        this.client = client;
    }

    /** Connected and subscribed when this returns. */
    public static TestVendingMachine connect(String url) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(url, "test-machine-" + UUID.randomUUID(), new MemoryPersistence());
        TestVendingMachine machine = new TestVendingMachine(client);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(true);
        client.connect(options).waitForCompletion(10_000);
        client.subscribe("vm/+/vendout", 2, (topic, message) -> machine.commandArrived(topic,
                new String(message.getPayload(), StandardCharsets.UTF_8))).waitForCompletion(10_000);
        return machine;
    }

    /** Makes the machine one of this test's, answering its commands from now on as told. */
    public void answer(String innerCode, Answer answer) {
        answers.put(innerCode, answer);
    }

    /** The commands received for the order, as their JSON. */
    public List<JSONObject> commandsFor(long orderId) {
        return commands.stream().filter(command -> Long.toString(orderId).equals(command.getString("orderId"))).toList();
    }

    /** Publishes a result as a machine would, whether or not it was asked. */
    public void sendResult(String innerCode, long orderId, boolean success, String reason) throws MqttException {
        JSONObject result = new JSONObject();
        result.put("orderId", Long.toString(orderId));
        result.put("success", success);
        if (reason != null) {
            result.put("reason", reason);
        }
        send("vm/" + innerCode + "/vendout/result", result.toJSONString());
    }

    public void send(String topic, String payload) throws MqttException {
        client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 2, false).waitForCompletion(10_000);
    }

    private void commandArrived(String topic, String payload) {
        Answer answer = answers.get(topic.split("/")[1]);
        if (answer == null) {
            return;
        }
        String innerCode = topic.split("/")[1];
        JSONObject command = JSON.parseObject(payload);
        commands.add(command);
        if (answer == Answer.STAY_SILENT) {
            return;
        }
        long orderId = Long.parseLong(command.getString("orderId"));
        answering.execute(() -> {
            try {
                sendResult(innerCode, orderId, answer == Answer.SUCCEED,
                        answer == Answer.SUCCEED ? null : "motor of channel " + command.getString("channelCode") + " jammed");
            } catch (MqttException e) {
                throw new IllegalStateException("the test machine could not answer order " + orderId, e);
            }
        });
    }

    @Override
    public void close() throws MqttException {
        answering.shutdownNow();
        client.disconnect().waitForCompletion(5_000);
        client.close();
    }
}
