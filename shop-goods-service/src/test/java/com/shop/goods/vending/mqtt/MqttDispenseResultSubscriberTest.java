package com.shop.goods.vending.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.shop.goods.support.TestVendingMachine;
import com.shop.goods.vending.application.VendingProperties;
import com.shop.goods.vending.domain.DispenseCommand;
import com.shop.goods.vending.domain.DispenseResult;
import com.shop.infra.DevelopmentMqttUsers;
import com.shop.infra.TestInfrastructure;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MQTT clients on their own against the embedded broker: a result is acknowledged only once applied, so one that
 * could not be applied, in this instance or before a restart, is delivered again; and a broker that is down never
 * holds anything up. Delivery is at least once: the broker may release a result twice after a reconnect (Moquette
 * repeats its PUBREL), which the application absorbs.
 */
class MqttDispenseResultSubscriberTest {

    private final String brokerUrl = TestInfrastructure.shared().mqtt().url();
    private final String clientId = "result-test-" + UUID.randomUUID();
    private final String machine = "R" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();
    private TestVendingMachine machines;

    @BeforeEach
    void connectMachine() throws Exception {
        machines = TestVendingMachine.connect(brokerUrl);
        machines.answer(machine, TestVendingMachine.Answer.STAY_SILENT);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
        machines.close();
    }

    @Test
    void aResultThatCannotBeAppliedIsDeliveredAgainUntilItIs() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<DispenseResult> applied = new CopyOnWriteArrayList<>();
        subscriber((innerCode, result) -> {
            if (attempts.incrementAndGet() <= 4) {
                throw new IllegalStateException("database down");
            }
            applied.add(result);
        });

        machines.sendResult(machine, 42, "c-42", true, null);

        await().atMost(Duration.ofSeconds(30)).until(() -> !applied.isEmpty());
        assertThat(attempts.get())
                .as("three tries, then more once the broker delivered it anew")
                .isGreaterThanOrEqualTo(5);
        assertThat(applied)
                .as("at least once, which the application's guarded updates make enough")
                .containsOnly(new DispenseResult(42, "c-42", true, null));
    }

    @Test
    void aResultNotAppliedWhenTheServiceStoppedIsAppliedAfterTheRestart() throws Exception {
        AtomicInteger failures = new AtomicInteger();
        MqttDispenseResultSubscriber stopping = subscriber((innerCode, result) -> {
            failures.incrementAndGet();
            throw new IllegalStateException("database down");
        });
        machines.sendResult(machine, 43, "c-43", false, "jammed");
        await().atMost(Duration.ofSeconds(10)).until(() -> failures.get() > 0);
        stopping.stop();

        List<DispenseResult> applied = new CopyOnWriteArrayList<>();
        subscriber((innerCode, result) -> applied.add(result));

        await().atMost(Duration.ofSeconds(30)).until(() -> !applied.isEmpty());
        assertThat(applied).containsOnly(new DispenseResult(43, "c-43", false, "jammed"));
    }

    @Test
    void resultsSentWhileTheServiceIsDownWaitForIt() throws Exception {
        List<DispenseResult> applied = new CopyOnWriteArrayList<>();
        MqttDispenseResultSubscriber first = subscriber((innerCode, result) -> applied.add(result));
        first.stop();

        machines.sendResult(machine, 44, null, true, null);
        subscriber((innerCode, result) -> applied.add(result));

        await().atMost(Duration.ofSeconds(30)).until(() -> !applied.isEmpty());
        assertThat(applied).containsOnly(new DispenseResult(44, null, true, null));
    }

    @Test
    void aSubscriberStoppedAndStartedAgainGetsWhatWasSentMeanwhile() throws Exception {
        List<DispenseResult> applied = new CopyOnWriteArrayList<>();
        MqttDispenseResultSubscriber subscriber = subscriber((innerCode, result) -> applied.add(result));
        subscriber.stop();
        assertThat(subscriber.isReceiving()).isFalse();

        machines.sendResult(machine, 47, "c-47", true, null);
        subscriber.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> !applied.isEmpty());
        assertThat(applied).containsOnly(new DispenseResult(47, "c-47", true, null));
        await().atMost(Duration.ofSeconds(10)).until(subscriber::isReceiving);
    }

    @Test
    void theBrokerRefusesTheServiceWithoutItsPasswordAndItKeepsTrying() {
        MqttBrokerProperties withoutPassword = new MqttBrokerProperties();
        withoutPassword.setUrl(brokerUrl);
        MqttDispenseCommandPublisher publisher = new MqttDispenseCommandPublisher(
                MqttConnection.cleanSession(withoutPassword, settings(), clientId + "-commands"),
                Duration.ofSeconds(2));

        publisher.start();
        open.add(publisher::stop);

        assertThat(publisher.isRunning()).isTrue();
        DispenseCommand command = new DispenseCommand(46, "c-46", machine, "A1", 2001, Instant.now(), 60);
        assertThatThrownBy(() -> publisher.send(command))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not connected");
    }

    @Test
    void anUnreachableBrokerHoldsNothingUpAndCommandsAreRefused() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MqttBrokerProperties nowhere = new MqttBrokerProperties();
        nowhere.setUrl("tcp://127.0.0.1:" + closedPort);
        MqttDispenseCommandPublisher publisher = new MqttDispenseCommandPublisher(
                MqttConnection.cleanSession(nowhere, settings(), clientId + "-commands"), Duration.ofSeconds(1));

        long begin = System.nanoTime();
        publisher.start();
        open.add(publisher::stop);
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(1));

        assertThatThrownBy(
                        () -> publisher.send(new DispenseCommand(45, "c-45", machine, "A1", 2001, Instant.now(), 60)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not connected");
    }

    private MqttDispenseResultSubscriber subscriber(BiConsumer<String, DispenseResult> results) {
        MqttBrokerProperties broker = new MqttBrokerProperties();
        broker.setUrl(brokerUrl);
        broker.setPassword(DevelopmentMqttUsers.SERVICE.password());
        MqttDispenseResultSubscriber subscriber = new MqttDispenseResultSubscriber(
                () -> MqttConnection.persistentSession(broker, settings(), clientId),
                (innerCode, result) -> {
                    if (innerCode.equals(machine)) {
                        results.accept(innerCode, result);
                    }
                },
                Clock.systemUTC());
        subscriber.start();
        open.add(subscriber::stop);
        await().atMost(Duration.ofSeconds(10)).until(subscriber::isReceiving);
        return subscriber;
    }

    private VendingProperties.Mqtt settings() {
        VendingProperties.Mqtt settings = new VendingProperties().getMqtt();
        settings.setStateDirectory(
                Path.of("target", "devstack-test", "mqtt-subscriber-test").toString());
        settings.setMaxReconnectDelay(Duration.ofSeconds(2));
        return settings;
    }
}
