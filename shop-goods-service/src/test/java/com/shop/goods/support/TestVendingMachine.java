package com.shop.goods.support;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import com.shop.infra.DevelopmentMqttUsers;
import com.shop.infra.MqttCredentials;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Vending machines as a test sees them. Each machine the test names connects as a real machine does, with its own
 * credentials, takes its dispense commands ({@code vm/<innerCode>/vendout}) and answers on its own result topic
 * echoing the command's id, with a success, a failure, or nothing at all, as told per machine. It answers off Paho's
 * callback thread, as a machine would, in its own time.
 */
public final class TestVendingMachine implements AutoCloseable {

    public enum Answer {
        SUCCEED,
        FAIL,
        STAY_SILENT
    }

    private static final long WAIT_MS = 10_000;

    private final String url;
    private final Map<String, MqttAsyncClient> clients = new ConcurrentHashMap<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final List<JSONObject> commands = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService answering = Executors.newSingleThreadScheduledExecutor();

    private TestVendingMachine(String url) {
        this.url = url;
    }

    /** Machines on the broker at {@code url}; each connects once the test names it. */
    public static TestVendingMachine connect(String url) {
        return new TestVendingMachine(url);
    }

    /** Switches the machine on, connected and subscribed to its commands, answering them from now on as told. */
    public void answer(String innerCode, Answer answer) throws MqttException {
        answer(innerCode, answer, Duration.ZERO);
    }

    /** As {@link #answer(String, Answer)}, each answer sent {@code delay} after its command arrived. */
    public void answer(String innerCode, Answer answer, Duration delay) throws MqttException {
        answers.put(innerCode, answer);
        delays.put(innerCode, delay);
        clientOf(innerCode);
    }

    /** The commands received for the order, as their JSON. */
    public List<JSONObject> commandsFor(long orderId) {
        return commands.stream()
                .filter(command -> Long.toString(orderId).equals(command.getString("orderId")))
                .toList();
    }

    /** The id of the first command received for the order. */
    public String commandIdFor(long orderId) {
        return commandsFor(orderId).get(0).getString("commandId");
    }

    /**
     * Publishes a result as the machine would, on its own result topic and with its own credentials, whether or not it
     * was asked.
     *
     * @param commandId the id to echo; null leaves it out
     */
    public void sendResult(String innerCode, long orderId, String commandId, boolean success, String reason)
            throws MqttException {
        send(innerCode, "vm/" + innerCode + "/vendout/result", result(orderId, commandId, success, reason));
    }

    /** Publishes as the machine, waiting for the broker to take it over. */
    public void send(String innerCode, String topic, String payload) throws MqttException {
        clientOf(innerCode)
                .publish(topic, payload.getBytes(StandardCharsets.UTF_8), 2, false)
                .waitForCompletion(WAIT_MS);
    }

    /**
     * Publishes as the machine without waiting: a broker that refuses the topic to the machine drops the message and
     * never completes its exchange. Whatever the same machine sends afterwards reaches the broker after it.
     */
    public void sendUnacknowledged(String innerCode, String topic, String payload) throws MqttException {
        clientOf(innerCode).publish(topic, payload.getBytes(StandardCharsets.UTF_8), 2, false);
    }

    public static String result(long orderId, String commandId, boolean success, String reason) {
        JSONObject result = new JSONObject();
        result.put("orderId", Long.toString(orderId));
        if (commandId != null) {
            result.put("commandId", commandId);
        }
        result.put("success", success);
        if (reason != null) {
            result.put("reason", reason);
        }
        return result.toJSONString();
    }

    private MqttAsyncClient clientOf(String innerCode) throws MqttException {
        MqttAsyncClient existing = clients.get(innerCode);
        if (existing != null) {
            return existing;
        }
        synchronized (clients) {
            MqttAsyncClient client = clients.get(innerCode);
            if (client == null) {
                client = connected(innerCode);
                clients.put(innerCode, client);
            }
            return client;
        }
    }

    private MqttAsyncClient connected(String innerCode) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(
                url, "test-machine-" + innerCode + "-" + UUID.randomUUID(), new MemoryPersistence());
        MqttCredentials credentials = DevelopmentMqttUsers.machine(innerCode);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(true);
        options.setUserName(credentials.username());
        options.setPassword(credentials.passwordChars());
        client.connect(options).waitForCompletion(WAIT_MS);
        client.subscribe(
                        "vm/" + innerCode + "/vendout",
                        2,
                        null,
                        null,
                        (topic, message) ->
                                commandArrived(innerCode, new String(message.getPayload(), StandardCharsets.UTF_8)))
                .waitForCompletion(WAIT_MS);
        return client;
    }

    private void commandArrived(String innerCode, String payload) {
        Answer answer = answers.get(innerCode);
        JSONObject command = JSON.parseObject(payload);
        commands.add(command);
        if (answer == null || answer == Answer.STAY_SILENT) {
            return;
        }
        long orderId = Long.parseLong(command.getString("orderId"));
        answering.schedule(
                () -> {
                    try {
                        sendResult(
                                innerCode,
                                orderId,
                                command.getString("commandId"),
                                answer == Answer.SUCCEED,
                                answer == Answer.SUCCEED
                                        ? null
                                        : "motor of channel " + command.getString("channelCode") + " jammed");
                    } catch (MqttException e) {
                        throw new IllegalStateException("the test machine could not answer order " + orderId, e);
                    }
                },
                delays.getOrDefault(innerCode, Duration.ZERO).toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws MqttException {
        answering.shutdownNow();
        for (MqttAsyncClient client : clients.values()) {
            if (client.isConnected()) {
                // no quiesce: a dropped message would hold the disconnect up
                client.disconnect(0).waitForCompletion(5_000);
            }
            client.close(true);
        }
    }
}
