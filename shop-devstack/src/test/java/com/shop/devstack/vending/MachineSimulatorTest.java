package com.shop.devstack.vending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.shop.infra.EmbeddedMqttBroker;
import com.shop.infra.FreePorts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator on a real MQTT broker, commanded the way the goods service does it and controlled over HTTP. */
class MachineSimulatorTest {

    private static final Duration ANSWER_DELAY = Duration.ofMillis(300);
    private static final Duration SOON = Duration.ofSeconds(10);
    private static final Duration SILENCE = Duration.ofSeconds(2);
    private static final AtomicInteger MACHINES = new AtomicInteger();

    @TempDir
    static Path brokerData;

    private static EmbeddedMqttBroker broker;
    private static MachineSimulator simulator;
    private static VendingServiceClient goodsService;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        broker = new EmbeddedMqttBroker(FreePorts.next(), brokerData.resolve("mqtt"));
        broker.start();
        simulator = new MachineSimulator(0, broker.url(), ANSWER_DELAY);
        simulator.start();
        goodsService = new VendingServiceClient(broker.url());
    }

    @AfterAll
    static void stop() throws Exception {
        if (goodsService != null) {
            goodsService.close();
        }
        if (simulator != null) {
            simulator.stop();
        }
        if (broker != null) {
            broker.stop();
        }
    }

    @AfterEach
    void everyMachineSucceedsAgain() {
        simulator.reset();
    }

    @Test
    void listensOnLoopbackUnderItsName() {
        assertThat(simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + simulator.port());
        assertThat(simulator.port()).isPositive();
        assertThat(simulator.address()).isEqualTo(simulator.baseUrl());
        assertThat(simulator.name()).isEqualTo("vending machine simulator");
        assertThat(simulator.answerDelay()).isEqualTo(ANSWER_DELAY);
    }

    @Test
    void aCommandIsDispensedAndAnsweredWithSuccessAfterTheDelay() throws Exception {
        String machine = newMachine();
        String order = newOrder();

        long sentAt = System.currentTimeMillis();
        goodsService.send(machine, VendingServiceClient.command(order, machine, "A1"));

        VendingServiceClient.Result result = goodsService.nextResult(order, SOON);
        assertThat(result.topic()).isEqualTo("vm/" + machine + "/vendout/result");
        assertThat(result.json())
                .isEqualTo("{\"orderId\":\"" + order + "\",\"commandId\":\"" + VendingServiceClient.commandIdOf(order)
                        + "\",\"success\":true,\"reason\":null}");
        assertThat(result.receivedAtMillis() - sentAt).isGreaterThanOrEqualTo(ANSWER_DELAY.toMillis());
        assertThat(simulator.dispense(order))
                .hasValue(new DispenseSnapshot(order, machine, "A1", 2001L, 1, Outcome.SUCCEEDED));
        assertThat(simulator.machine(machine))
                .isEqualTo(new MachineSnapshot(machine, Mode.SUCCEED, List.of(order), List.of(), 1));
    }

    @Test
    void aFailingMachineReportsAJammedMotorAndDispensesNothing() throws Exception {
        String machine = newMachine();
        String order = newOrder();
        simulator.mode(machine, Mode.FAIL);

        goodsService.send(machine, VendingServiceClient.command(order, machine, "B3"));

        DocumentContext result = goodsService.nextResult(order, SOON).document();
        assertThat(result.read("$.orderId", String.class)).isEqualTo(order);
        assertThat(result.read("$.success", Boolean.class)).isFalse();
        assertThat(result.read("$.reason", String.class)).isEqualTo("motor jammed in channel B3");
        assertThat(simulator.dispense(order).orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(simulator.machine(machine).dispensed()).isEmpty();
        assertThat(simulator.machine(machine).failed()).containsExactly(order);
    }

    @Test
    void aSilentMachineNeverAnswers() throws Exception {
        String machine = newMachine();
        String order = newOrder();
        simulator.mode(machine, Mode.SILENT);

        goodsService.send(machine, VendingServiceClient.command(order, machine, "A1"));

        goodsService.assertNoResult(order, SILENCE);
        assertThat(simulator.dispense(order).orElseThrow().outcome()).isEqualTo(Outcome.SILENT);
        assertThat(simulator.commandsReceived(order)).isEqualTo(1);
        assertThat(simulator.machine(machine).dispensed()).isEmpty();
        assertThat(simulator.machine(machine).failed()).isEmpty();
    }

    @Test
    void aRepeatedCommandDispensesOnceAndIsAnsweredAgain() throws Exception {
        String machine = newMachine();
        String order = newOrder();

        goodsService.send(machine, VendingServiceClient.command(order, machine, "A1"));
        goodsService.send(machine, VendingServiceClient.command(order, machine, "A1"));

        assertThat(goodsService.nextResult(order, SOON).document().read("$.success", Boolean.class))
                .isTrue();
        assertThat(goodsService.nextResult(order, SOON).document().read("$.success", Boolean.class))
                .isTrue();
        assertThat(simulator.commandsReceived(order)).isEqualTo(2);
        assertThat(simulator.machine(machine).dispensed()).containsExactly(order);
        assertThat(simulator.machine(machine).commandsReceived()).isEqualTo(2);
    }

    @Test
    void aRepeatGetsTheFirstAnswerWhateverTheMachineDoesNow() throws Exception {
        String machine = newMachine();
        String failedOrder = newOrder();
        simulator.mode(machine, Mode.FAIL);
        goodsService.send(machine, VendingServiceClient.command(failedOrder, machine, "A1"));
        assertThat(goodsService.nextResult(failedOrder, SOON).document().read("$.success", Boolean.class))
                .isFalse();

        simulator.mode(machine, Mode.SUCCEED);
        goodsService.send(machine, VendingServiceClient.command(failedOrder, machine, "A1"));

        assertThat(goodsService.nextResult(failedOrder, SOON).document().read("$.reason", String.class))
                .isEqualTo("motor jammed in channel A1");
        assertThat(simulator.machine(machine).dispensed()).isEmpty();
        assertThat(simulator.dispense(failedOrder).orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aSilentMachineDoesNotAnswerARepeatEither() throws Exception {
        String machine = newMachine();
        String order = newOrder();
        goodsService.send(machine, VendingServiceClient.command(order, machine, "A1"));
        assertThat(goodsService.nextResult(order, SOON).document().read("$.success", Boolean.class))
                .isTrue();

        simulator.mode(machine, Mode.SILENT);
        goodsService.send(machine, VendingServiceClient.command(order, machine, "A1"));

        goodsService.assertNoResult(order, SILENCE);
        assertThat(simulator.commandsReceived(order)).isEqualTo(2);
        assertThat(simulator.dispense(order).orElseThrow().outcome()).isEqualTo(Outcome.SUCCEEDED);
    }

    @Test
    void aCommandTheMachineWasSilentAboutIsHandledWhenItComesAgain() throws Exception {
        String machine = newMachine();
        String order = newOrder();
        simulator.mode(machine, Mode.SILENT);
        goodsService.send(machine, VendingServiceClient.command(order, machine, "A1"));
        await().atMost(SOON).until(() -> simulator.commandsReceived(order) == 1);

        simulator.mode(machine, Mode.SUCCEED);
        goodsService.send(machine, VendingServiceClient.command(order, machine, "A1"));

        assertThat(goodsService.nextResult(order, SOON).document().read("$.success", Boolean.class))
                .isTrue();
        assertThat(simulator.machine(machine).dispensed()).containsExactly(order);
        assertThat(simulator.dispense(order).orElseThrow().outcome()).isEqualTo(Outcome.SUCCEEDED);
    }

    @Test
    void malformedCommandsAreIgnoredAndTheNextOneIsServed() throws Exception {
        String machine = newMachine();
        String order = newOrder();

        goodsService.send(machine, "dispense 42");
        goodsService.send(machine, "[1,2]");
        goodsService.send(machine, "");
        goodsService.send(machine, "{\"innerCode\":\"" + machine + "\"}");
        goodsService.send(machine, "{\"orderId\":\"wrong-type\",\"goodsId\":\"two thousand\"}");
        goodsService.send(machine, VendingServiceClient.command("other-machine", "99999999", "A1"));
        goodsService.send(machine, "{\"orderId\":\"" + order + "\",\"firmware\":{\"version\":3},\"goodsId\":2001}");

        assertThat(goodsService.nextResult(order, SOON).document().read("$.success", Boolean.class))
                .isTrue();
        assertThat(simulator.machine(machine).commandsReceived()).isEqualTo(1);
        assertThat(simulator.dispense("wrong-type")).isEmpty();
        assertThat(simulator.dispense("other-machine")).isEmpty();
        assertThat(simulator.dispense(order).orElseThrow().channelCode()).isNull();
    }

    @Test
    void manyOrdersAtOnceAreEachDispensedOnce() throws Exception {
        String machine = newMachine();
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            orders.add(newOrder());
        }
        List<Thread> senders = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) {
            Thread sender = new Thread(() -> orders.forEach(order -> {
                try {
                    goodsService.send(machine, VendingServiceClient.command(order, machine, "C2"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }

        for (String order : orders) {
            goodsService.nextResult(order, SOON);
            goodsService.nextResult(order, SOON);
        }
        assertThat(simulator.machine(machine).dispensed()).containsExactlyInAnyOrderElementsOf(orders);
        assertThat(simulator.machine(machine).commandsReceived()).isEqualTo(100);
    }

    @Test
    void theModeIsSwitchedOverHttp() throws Exception {
        String machine = newMachine();

        HttpResponse<String> failing = post("/simulator/machines/" + machine + "/mode?mode=fail");

        assertThat(failing.statusCode()).isEqualTo(200);
        assertThat(failing.headers().firstValue("Content-Type")).hasValue("application/json; charset=UTF-8");
        DocumentContext json = JsonPath.parse(failing.body());
        assertThat(json.read("$.innerCode", String.class)).isEqualTo(machine);
        assertThat(json.read("$.mode", String.class)).isEqualTo("FAIL");
        assertThat(json.read("$.dispensed", List.class)).isEmpty();
        assertThat(json.read("$.failed", List.class)).isEmpty();
        assertThat(json.read("$.commandsReceived", Integer.class)).isZero();
        assertThat(simulator.machine(machine).mode()).isEqualTo(Mode.FAIL);

        assertThat(post("/simulator/machines/" + machine + "/mode?mode=SILENT").statusCode())
                .isEqualTo(200);
        assertThat(simulator.machine(machine).mode()).isEqualTo(Mode.SILENT);
        assertThat(post("/simulator/machines/" + machine + "/mode?mode=succeed").statusCode())
                .isEqualTo(200);
        assertThat(simulator.machine(machine).mode()).isEqualTo(Mode.SUCCEED);
    }

    @Test
    void aMachineSwitchedOnOverHttpTakesItsCommandsWithItsOwnCredentials() throws Exception {
        String machine = machineNeverSwitchedOn();
        String before = newOrder();
        goodsService.send(machine, VendingServiceClient.command(before, machine, "A1"));
        goodsService.assertNoResult(before, SILENCE);
        assertThat(simulator.dispense(before))
                .as("no machine listens to every machine's commands")
                .isEmpty();

        assertThat(post("/simulator/machines/" + machine + "/mode?mode=succeed").statusCode())
                .isEqualTo(200);
        String after = newOrder();
        goodsService.send(machine, VendingServiceClient.command(after, machine, "A1"));

        assertThat(goodsService.nextResult(after, SOON).topic()).isEqualTo("vm/" + machine + "/vendout/result");
        assertThat(simulator.machine(machine).dispensed()).containsExactly(after);
    }

    @Test
    void aBadModeOrMethodIsRefused() throws Exception {
        String machine = newMachine();

        HttpResponse<String> badMode = post("/simulator/machines/" + machine + "/mode?mode=explode");
        assertThat(badMode.statusCode()).isEqualTo(400);
        assertThat(JsonPath.parse(badMode.body()).read("$.error", String.class))
                .isEqualTo("mode must be succeed, fail or silent, not 'explode'");
        assertThat(post("/simulator/machines/" + machine + "/mode").statusCode())
                .isEqualTo(400);
        assertThat(simulator.machine(machine).mode()).isEqualTo(Mode.SUCCEED);
        HttpResponse<String> wildcard = post("/simulator/machines/vm%2B/mode?mode=fail");
        assertThat(wildcard.statusCode()).isEqualTo(400);
        assertThat(JsonPath.parse(wildcard.body()).read("$.error", String.class))
                .isEqualTo("not a machine's inner code: 'vm+'");
        assertThat(simulator.machine("vm+").mode()).isEqualTo(Mode.SUCCEED);

        assertThat(get("/simulator/machines/" + machine + "/mode?mode=fail").statusCode())
                .isEqualTo(405);
        assertThat(post("/simulator/machines").statusCode()).isEqualTo(405);
        assertThat(get("/simulator/reset").statusCode()).isEqualTo(405);
        assertThat(get("/simulator/nothing").statusCode()).isEqualTo(404);
        assertThat(get("/simulator/machines/a/b").statusCode()).isEqualTo(404);
        assertThat(get("/simulator/dispenses/").statusCode()).isEqualTo(404);
        assertThat(get("/elsewhere").statusCode()).isEqualTo(404);
    }

    @Test
    void machinesAndDispensesAreListedOverHttp() throws Exception {
        String machine = newMachine();
        String configured = newMachine();
        String idle = newMachine();
        String order = newOrder();
        simulator.mode(configured, Mode.SILENT);
        goodsService.send(machine, VendingServiceClient.command(order, machine, "A1"));
        goodsService.nextResult(order, SOON);

        DocumentContext machines = JsonPath.parse(get("/simulator/machines").body());
        assertThat(machines.read("$[?(@.innerCode == '" + machine + "')].dispensed[*]", List.class))
                .containsExactly(order);
        assertThat(machines.read("$[?(@.innerCode == '" + machine + "')].commandsReceived", List.class))
                .containsExactly(1);
        assertThat(machines.read("$[?(@.innerCode == '" + configured + "')].mode", List.class))
                .containsExactly("SILENT");
        assertThat(machines.read("$[?(@.innerCode == '" + idle + "')].mode", List.class))
                .as("switched on, no command yet")
                .containsExactly("SUCCEED");

        HttpResponse<String> one = get("/simulator/machines/" + machine);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(JsonPath.parse(one.body()).read("$.dispensed", List.class)).containsExactly(order);
        HttpResponse<String> unknown = get("/simulator/machines/never-seen");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body())
                .isEqualTo(
                        "{\"innerCode\":\"never-seen\",\"mode\":\"SUCCEED\",\"dispensed\":[],\"failed\":[],\"commandsReceived\":0}");

        HttpResponse<String> dispense = get("/simulator/dispenses/" + order);
        assertThat(dispense.statusCode()).isEqualTo(200);
        assertThat(dispense.body())
                .isEqualTo("{\"orderId\":\"" + order + "\",\"innerCode\":\"" + machine
                        + "\",\"channelCode\":\"A1\",\"goodsId\":2001,\"commands\":1,\"outcome\":\"SUCCEEDED\"}");
        HttpResponse<String> never = get("/simulator/dispenses/" + newOrder());
        assertThat(never.statusCode()).isEqualTo(404);
        assertThat(JsonPath.parse(never.body()).read("$.error", String.class)).contains("has arrived");
    }

    @Test
    void aResetMakesEveryMachineSucceedAndKeepsTheHistory() throws Exception {
        String machine = newMachine();
        String order = newOrder();
        simulator.mode(machine, Mode.FAIL);
        goodsService.send(machine, VendingServiceClient.command(order, machine, "A1"));
        goodsService.nextResult(order, SOON);

        HttpResponse<String> reset = post("/simulator/reset");

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(JsonPath.parse(reset.body()).read("$[*].mode", List.class)).containsOnly("SUCCEED");
        assertThat(simulator.machine(machine).mode()).isEqualTo(Mode.SUCCEED);
        assertThat(simulator.machine(machine).failed()).containsExactly(order);
        assertThat(simulator.dispense(order).orElseThrow().outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void stopsAnsweringAndListeningWhenStopped(@TempDir Path data) throws Exception {
        EmbeddedMqttBroker ownBroker = new EmbeddedMqttBroker(FreePorts.next(), data.resolve("mqtt"));
        ownBroker.start();
        MachineSimulator slow = new MachineSimulator(FreePorts.next(), ownBroker.url(), Duration.ofSeconds(1));
        slow.switchOn("01000028");
        try (VendingServiceClient client = new VendingServiceClient(ownBroker.url())) {
            slow.start();
            String order = newOrder();
            client.send("01000028", VendingServiceClient.command(order, "01000028", "A1"));
            await().atMost(SOON).until(() -> slow.commandsReceived(order) == 1);

            slow.stop();

            assertThat(FreePorts.isFree(slow.port())).isTrue();
            client.assertNoResult(order, SILENCE);
            assertThat(Thread.getAllStackTraces().keySet())
                    .filteredOn(thread -> thread.getName().startsWith("machine-simulator"))
                    .allSatisfy(thread ->
                            assertThat(thread.isDaemon()).as(thread.getName()).isTrue());
        } finally {
            slow.stop();
            ownBroker.stop();
        }
    }

    @Test
    void reconnectsAndSubscribesAgainWhenTheBrokerComesBack(@TempDir Path data) throws Exception {
        EmbeddedMqttBroker ownBroker = new EmbeddedMqttBroker(FreePorts.next(), data.resolve("mqtt"));
        ownBroker.start();
        MachineSimulator machines = new MachineSimulator(0, ownBroker.url(), Duration.ZERO);
        machines.switchOn("01000028");
        try {
            machines.start();
            ownBroker.stop();
            ownBroker.start();
            String order = newOrder();

            try (VendingServiceClient client = new VendingServiceClient(ownBroker.url())) {
                // commands sent before the simulator is back are lost with its clean session: send until one lands
                await().atMost(SOON).pollInterval(Duration.ofMillis(500)).until(() -> {
                    client.send("01000028", VendingServiceClient.command(order, "01000028", "A1"));
                    return machines.commandsReceived(order) > 0;
                });

                assertThat(client.nextResult(order, SOON).document().read("$.success", Boolean.class))
                        .isTrue();
                assertThat(machines.machine("01000028").dispensed()).containsExactly(order);
            }
        } finally {
            machines.stop();
            ownBroker.stop();
        }
    }

    @Test
    void refusesANegativeDelayOrAPortOutOfRange() {
        assertThatThrownBy(() -> new MachineSimulator(0, "tcp://127.0.0.1:1", Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MachineSimulator(70_000, "tcp://127.0.0.1:1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Mode.named("Fail")).hasValue(Mode.FAIL);
        assertThat(Mode.named("jam")).isEmpty();
    }

    /** A machine switched on. */
    private static String newMachine() {
        String machine = machineNeverSwitchedOn();
        simulator.switchOn(machine);
        return machine;
    }

    private static String machineNeverSwitchedOn() {
        return String.format("%08d", 10_000_000 + MACHINES.incrementAndGet());
    }

    private static String newOrder() {
        return "order-" + UUID.randomUUID();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
