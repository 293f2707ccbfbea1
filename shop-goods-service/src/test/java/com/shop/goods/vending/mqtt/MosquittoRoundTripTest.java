package com.shop.goods.vending.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.alibaba.fastjson2.JSONObject;
import com.shop.goods.support.TestVendingMachine;
import com.shop.goods.support.TestVendingMachine.Answer;
import com.shop.goods.vending.application.VendingProperties;
import com.shop.goods.vending.domain.DispenseCommand;
import com.shop.goods.vending.domain.DispenseResult;
import com.shop.infra.DevelopmentMqttUsers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same MQTT clients against a real external broker, the Mosquitto a machine may run on the standard port
 * (127.0.0.1:1883): a command out and a machine's result back. Skipped when nothing listens there. The broker is
 * shared, so everything here uses ids of its own and the persistent session is removed again afterwards.
 */
class MosquittoRoundTripTest {

    private static final String HOST = "127.0.0.1";
    private static final int PORT = 1883;
    private static final String URL = "tcp://" + HOST + ":" + PORT;

    private final String clientId = "goods-mosquitto-test-" + UUID.randomUUID();
    private final String machine = "M" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final Map<Long, DispenseResult> results = new ConcurrentHashMap<>();
    private TestVendingMachine machines;
    private MqttDispenseCommandPublisher publisher;
    private MqttDispenseResultSubscriber subscriber;

    @BeforeEach
    void connect() throws Exception {
        assumeTrue(listening(), "no MQTT broker on " + URL);
        MqttBrokerProperties broker = new MqttBrokerProperties();
        broker.setUrl(URL);
        broker.setPassword(DevelopmentMqttUsers.SERVICE.password());
        VendingProperties.Mqtt settings = new VendingProperties().getMqtt();
        settings.setStateDirectory(
                Path.of("target", "mqtt-state-mosquitto-test").toString());

        machines = TestVendingMachine.connect(URL);
        publisher = new MqttDispenseCommandPublisher(
                MqttConnection.cleanSession(broker, settings, clientId + "-commands"), Duration.ofSeconds(10));
        subscriber = new MqttDispenseResultSubscriber(
                () -> MqttConnection.persistentSession(broker, settings, clientId),
                (innerCode, result) -> {
                    if (innerCode.equals(machine)) {
                        results.put(result.getOrderId(), result);
                    }
                },
                Clock.systemUTC());
        publisher.start();
        subscriber.start();
        await().atMost(Duration.ofSeconds(10)).until(subscriber::isReceiving);
    }

    @AfterEach
    void disconnect() throws Exception {
        if (subscriber == null) {
            return;
        }
        subscriber.stop();
        publisher.stop();
        machines.close();
        // a persistent session left behind would collect every machine's results on the shared broker for ever
        MqttClient cleaner = new MqttClient(URL, clientId, new MemoryPersistence());
        MqttConnectOptions clean = new MqttConnectOptions();
        clean.setCleanSession(true);
        cleaner.connect(clean);
        cleaner.disconnect();
        cleaner.close();
    }

    @Test
    void aCommandReachesTheMachineAndItsAnswerComesBack() throws Exception {
        machines.answer(machine, Answer.SUCCEED);
        long orderId = System.nanoTime();

        publisher.send(
                new DispenseCommand(orderId, "c-1", machine, "A1", 2001, Instant.ofEpochMilli(1_700_000_000_000L), 60));

        await().atMost(Duration.ofSeconds(20)).until(() -> results.containsKey(orderId));
        assertThat(results.get(orderId)).isEqualTo(new DispenseResult(orderId, "c-1", true, null));
        List<JSONObject> commands = machines.commandsFor(orderId);
        assertThat(commands).hasSize(1);
        assertThat(commands.get(0))
                .containsEntry("innerCode", machine)
                .containsEntry("channelCode", "A1")
                .containsEntry("requestTime", 1_700_000_000_000L)
                .containsEntry("timeoutSeconds", 60);
    }

    @Test
    void aFailureComesBackWithItsReason() throws Exception {
        machines.answer(machine, Answer.FAIL);
        long orderId = System.nanoTime();

        publisher.send(new DispenseCommand(orderId, "c-2", machine, "B2", 2004, Instant.now(), 60));

        await().atMost(Duration.ofSeconds(20)).until(() -> results.containsKey(orderId));
        assertThat(results.get(orderId).isSuccess()).isFalse();
        assertThat(results.get(orderId).getReason()).contains("B2");
    }

    private static boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 500);
            return true;
        } catch (IOException nothing) {
            return false;
        }
    }
}
