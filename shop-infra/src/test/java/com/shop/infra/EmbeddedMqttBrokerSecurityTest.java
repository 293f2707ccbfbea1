package com.shop.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.infra.MqttTestClient.Received;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttSecurityException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded broker lets in only the goods service and the machines, each on its own topics. Each refusal is checked
 * by its effect: a message that should not pass is sent together with one that should, and only the latter arrives.
 */
class EmbeddedMqttBrokerSecurityTest {

    private static final Duration SOON = Duration.ofSeconds(10);
    private static final Duration SILENCE = Duration.ofSeconds(1);
    private static final String A = "01000028";
    private static final String B = "01000029";

    @TempDir
    static Path data;

    private static EmbeddedMqttBroker broker;
    private final List<MqttTestClient> clients = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        broker = new EmbeddedMqttBroker(FreePorts.next(), data.resolve("mqtt"));
        broker.start();
    }

    @AfterAll
    static void stop() {
        broker.stop();
    }

    @AfterEach
    void disconnect() throws MqttException {
        for (MqttTestClient client : clients) {
            client.close();
        }
    }

    @Test
    void anAnonymousClientIsRefused() {
        assertThatThrownBy(() -> connect(null))
                .isInstanceOf(MqttSecurityException.class)
                .satisfies(refused -> assertThat(((MqttException) refused).getReasonCode())
                        .isIn((int) MqttException.REASON_CODE_NOT_AUTHORIZED, (int)
                                MqttException.REASON_CODE_FAILED_AUTHENTICATION));
    }

    @Test
    void wrongOrUnknownCredentialsAreRefused() {
        MqttCredentials otherMachinesPassword =
                new MqttCredentials(A, DevelopmentMqttUsers.machine(B).password());
        MqttCredentials serviceWithAMachinesPassword = new MqttCredentials(
                DevelopmentMqttUsers.SERVICE_USERNAME,
                DevelopmentMqttUsers.machine(A).password());
        MqttCredentials stranger = new MqttCredentials("admin", DevelopmentMqttUsers.SERVICE.password());
        MqttCredentials wildcardMachine = new MqttCredentials("+", "anything");

        for (MqttCredentials wrong :
                List.of(otherMachinesPassword, serviceWithAMachinesPassword, stranger, wildcardMachine)) {
            assertThatThrownBy(() -> connect(wrong)).as(wrong.username()).isInstanceOf(MqttSecurityException.class);
        }
    }

    @Test
    void theServiceCommandsAMachineAndHearsItsResult() throws Exception {
        MqttTestClient service = connect(DevelopmentMqttUsers.SERVICE);
        MqttTestClient machine = connect(DevelopmentMqttUsers.machine(A));
        assertThat(service.subscribe("vm/+/vendout/result")).isEqualTo(2);
        assertThat(machine.subscribe("vm/" + A + "/vendout")).isEqualTo(2);

        service.publish("vm/" + A + "/vendout", "dispense");
        assertThat(machine.next(SOON)).isEqualTo(new Received("vm/" + A + "/vendout", "dispense"));
        machine.publish("vm/" + A + "/vendout/result", "done");
        assertThat(service.next(SOON)).isEqualTo(new Received("vm/" + A + "/vendout/result", "done"));
    }

    @Test
    void aMachineCannotListenToAnotherMachinesCommandsNorToAll() throws Exception {
        MqttTestClient service = connect(DevelopmentMqttUsers.SERVICE);
        MqttTestClient machineA = connect(DevelopmentMqttUsers.machine(A));
        MqttTestClient machineB = connect(DevelopmentMqttUsers.machine(B));
        assertThat(machineB.subscribe("vm/" + B + "/vendout")).isEqualTo(2);

        for (String filter : List.of("vm/" + B + "/vendout", "vm/+/vendout", "vm/#", "#", "vm/+/vendout/result")) {
            assertThat(machineA.subscribe(filter)).as(filter).isEqualTo(MqttTestClient.REFUSED);
        }
        service.publish("vm/" + B + "/vendout", "for B only");

        assertThat(machineB.next(SOON)).isEqualTo(new Received("vm/" + B + "/vendout", "for B only"));
        assertThat(machineA.next(SILENCE)).isNull();
    }

    @Test
    void aMachineCannotAnswerForAnotherMachineNorSendCommands() throws Exception {
        MqttTestClient service = connect(DevelopmentMqttUsers.SERVICE);
        MqttTestClient machineA = connect(DevelopmentMqttUsers.machine(A));
        MqttTestClient machineB = connect(DevelopmentMqttUsers.machine(B));
        assertThat(service.subscribe("vm/+/vendout/result")).isEqualTo(2);
        assertThat(machineB.subscribe("vm/" + B + "/vendout")).isEqualTo(2);

        machineA.publishUnacknowledged("vm/" + B + "/vendout/result", "forged");
        machineA.publishUnacknowledged("vm/" + B + "/vendout", "forged command");
        machineA.publish("vm/" + A + "/vendout/result", "genuine");

        assertThat(service.next(SOON)).isEqualTo(new Received("vm/" + A + "/vendout/result", "genuine"));
        assertThat(service.next(SILENCE)).isNull();
        assertThat(machineB.next(SILENCE)).isNull();
    }

    @Test
    void theServiceCannotListenToCommandsNorAnswerForAMachine() throws Exception {
        MqttTestClient service = connect(DevelopmentMqttUsers.SERVICE);
        MqttTestClient listener = connect(DevelopmentMqttUsers.SERVICE);
        assertThat(listener.subscribe("vm/+/vendout/result")).isEqualTo(2);

        assertThat(service.subscribe("vm/+/vendout")).isEqualTo(MqttTestClient.REFUSED);
        assertThat(service.subscribe("vm/" + A + "/vendout")).isEqualTo(MqttTestClient.REFUSED);
        service.publishUnacknowledged("vm/" + A + "/vendout/result", "forged");
        service.publishUnacknowledged("vm/" + A + "/vendout/extra", "elsewhere");
        service.publish("vm/" + A + "/vendout", "a command, which it may send");

        assertThat(listener.next(SILENCE)).isNull();
    }

    @Test
    void eachMachineHasItsOwnStablePassword() {
        assertThat(DevelopmentMqttUsers.machine(A)).isEqualTo(DevelopmentMqttUsers.machine(A));
        assertThat(DevelopmentMqttUsers.machine(A).username()).isEqualTo(A);
        assertThat(DevelopmentMqttUsers.machineOf(DevelopmentMqttUsers.SERVICE_USERNAME))
                .isEmpty();
        assertThat(DevelopmentMqttUsers.machine(A).password())
                .hasSize(32)
                .isNotEqualTo(DevelopmentMqttUsers.machine(B).password());
        MqttCredentials credentials = DevelopmentMqttUsers.machine(A);
        assertThat(credentials.toString()).doesNotContain(credentials.password());
        assertThatThrownBy(() -> DevelopmentMqttUsers.machine("a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DevelopmentMqttUsers.machine("#")).isInstanceOf(IllegalArgumentException.class);
    }

    private MqttTestClient connect(MqttCredentials credentials) throws MqttException {
        MqttTestClient client = MqttTestClient.connect(broker.url(), "security-test-" + UUID.randomUUID(), credentials);
        clients.add(client);
        return client;
    }
}
