package com.shop.devstack.vending;

import com.shop.devstack.ConsoleCors;
import com.shop.devstack.DaemonThreads;
import com.shop.infra.DevelopmentMqttUsers;
import com.shop.infra.EmbeddedServer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vending machines, each connected to the MQTT broker as a real machine is: with its own credentials
 * ({@link DevelopmentMqttUsers#machine(String)}), subscribed to its own {@code vm/{innerCode}/vendout}. A machine
 * dispenses each order once however often its command comes, and answers on {@code vm/{innerCode}/vendout/result}
 * after a short delay, echoing the command's id and repeating the same outcome for a repeated command. Each machine
 * succeeds, fails or stays silent, as told over HTTP on 127.0.0.1 (see {@link MachineControl}; the web console's page
 * may call it from its origin, {@link ConsoleCors}) or through {@link #mode(String, Mode)}.
 *
 * <p>A machine is switched on (connected) by {@link #switchOn(String)} or by being given a mode; the broker lets no
 * client listen to every machine, so commands for a machine never switched on reach nobody here.
 */
public final class MachineSimulator implements EmbeddedServer {

    /** A machine's MQTT client id is this followed by its inner code. */
    public static final String CLIENT_ID_PREFIX = "shop-devstack-machine-";

    public static final Duration DEFAULT_ANSWER_DELAY = Duration.ofMillis(500);
    /** The machines of the goods service's demo data ({@code db/demo/goods/R__demo_vending.sql}). */
    public static final List<String> DEMO_MACHINES = List.of("01000028", "01000029", "01000030", "01000031");

    private static final Logger log = LoggerFactory.getLogger(MachineSimulator.class);
    private static final int HANDLER_THREADS = 2;
    private static final int CONNECT_ATTEMPTS = 3;

    private final int port;
    private final String brokerUrl;
    private final ConsoleCors console;
    private final MachineFleet fleet = new MachineFleet();
    private final Set<String> switchedOn = new LinkedHashSet<>();
    private final Map<String, MachineLink> links = new ConcurrentHashMap<>();
    private volatile Duration answerDelay;
    private HttpServer server;
    private ExecutorService handlers;
    private ScheduledExecutorService answers;
    private CommandDesk desk;

    /** Answering after {@link #DEFAULT_ANSWER_DELAY}. */
    public MachineSimulator(int port, String brokerUrl) {
        this(port, brokerUrl, DEFAULT_ANSWER_DELAY);
    }

    /** No web console may read the control endpoints' answers. */
    public MachineSimulator(int port, String brokerUrl, Duration answerDelay) {
        this(port, brokerUrl, answerDelay, ConsoleCors.none());
    }

    /**
     * @param port      of the control endpoints; 0 for any free port
     * @param brokerUrl the MQTT broker, such as {@code tcp://127.0.0.1:11883}
     * @param console   the origins whose pages may call the control endpoints (the web console's)
     */
    public MachineSimulator(int port, String brokerUrl, Duration answerDelay, ConsoleCors console) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("not a TCP port: " + port);
        }
        this.port = port;
        this.brokerUrl = Objects.requireNonNull(brokerUrl, "brokerUrl");
        this.console = Objects.requireNonNull(console, "console");
        answerDelay(answerDelay);
    }

    @Override
    public String name() {
        return "vending machine simulator";
    }

    /**
     * Opens the control endpoints, then connects every machine switched on; returns once each is subscribed to its
     * commands.
     */
    @Override
    public synchronized void start() throws IOException, MqttException {
        if (server != null) {
            return;
        }
        try {
            HttpServer starting = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
            starting.createContext(MachineControl.PREFIX, console.around(new MachineControl(fleet, this::switchOn)));
            handlers = Executors.newFixedThreadPool(HANDLER_THREADS, DaemonThreads.named("machine-simulator-http"));
            starting.setExecutor(handlers);
            starting.start();
            server = starting;
            answers = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("machine-simulator-answers"));
            desk = new CommandDesk(fleet, answers, this::publish, this::answerDelay);
            for (String machine : switchedOn) {
                connect(machine);
            }
        } catch (IOException | MqttException | RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** Disconnects and stops answering; answers not sent yet are dropped, what the machines did is kept. */
    @Override
    public synchronized void stop() {
        if (answers != null) {
            answers.shutdownNow();
            answers = null;
        }
        links.values().forEach(MachineLink::close);
        links.clear();
        desk = null;
        if (server != null) {
            server.stop(0);
            server = null;
        }
        if (handlers != null) {
            handlers.shutdownNow();
            handlers = null;
        }
    }

    @Override
    public String address() {
        return baseUrl();
    }

    /** {@code http://127.0.0.1:<port>}, where the control endpoints are. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The port listened on; once started, the one actually bound when constructed with 0. */
    public synchronized int port() {
        return server != null ? server.getAddress().getPort() : port;
    }

    /** How long a machine takes to answer a command. */
    public Duration answerDelay() {
        return answerDelay;
    }

    /** Changes how long a machine takes to answer, for the commands arriving from now on. */
    public void answerDelay(Duration answerDelay) {
        if (answerDelay == null || answerDelay.isNegative()) {
            throw new IllegalArgumentException("the answer delay must be zero or positive, not " + answerDelay);
        }
        this.answerDelay = answerDelay;
    }

    /**
     * Switches a machine on: once the simulator runs (at once if it does), the machine connects with its credentials
     * and takes its commands. Switching on a machine already on changes nothing.
     *
     * @throws IllegalStateException when the broker refuses the machine or cannot be reached
     */
    public synchronized void switchOn(String innerCode) {
        if (DevelopmentMqttUsers.machineOf(innerCode).isEmpty()) {
            throw new IllegalArgumentException("not a machine's inner code: '" + innerCode + "'");
        }
        if (desk != null && !links.containsKey(innerCode)) {
            try {
                connect(innerCode);
            } catch (MqttException e) {
                throw new IllegalStateException(
                        "machine " + innerCode + " could not connect to " + brokerUrl + ": " + e, e);
            }
        }
        // only once connected (or for the start): a machine the broker refused stays off
        switchedOn.add(innerCode);
        fleet.switchedOn(innerCode);
    }

    /**
     * A busy broker now and then drops a connection it has just accepted (the machine's subscription then arrives on
     * a closed connection): a machine tries again a few times before it counts as refused.
     */
    private void connect(String innerCode) throws MqttException {
        for (int attempt = 1; ; attempt++) {
            MachineLink link = new MachineLink(brokerUrl, innerCode, DevelopmentMqttUsers.machine(innerCode));
            try {
                link.connect(desk);
                links.put(innerCode, link);
                return;
            } catch (MqttException | RuntimeException e) {
                link.close();
                if (attempt == CONNECT_ATTEMPTS || refused(e)) {
                    throw e;
                }
                log.warn(
                        "Machine {} could not connect (attempt {} of {}): {}; trying again",
                        innerCode,
                        attempt,
                        CONNECT_ATTEMPTS,
                        e.toString());
            }
        }
    }

    /** Bad credentials or a refused subscription: trying again cannot help. */
    private static boolean refused(Exception e) {
        return e instanceof MqttSecurityException || e instanceof IllegalStateException;
    }

    /** Not synchronized: answers must not wait while another machine connects. */
    private void publish(String innerCode, DispenseResult result) {
        MachineLink link = links.get(innerCode);
        if (link != null) {
            link.publish(result);
        }
    }

    /** Switches the machine on and sets how it answers the commands arriving from now on. */
    public MachineSnapshot mode(String innerCode, Mode mode) {
        switchOn(Objects.requireNonNull(innerCode, "innerCode"));
        return fleet.mode(innerCode, Objects.requireNonNull(mode, "mode"));
    }

    /** Every machine back to {@link Mode#SUCCEED}; what they did is kept. */
    public void reset() {
        fleet.reset();
    }

    /** A machine; one never seen has mode {@link Mode#SUCCEED} and zero counts. */
    public MachineSnapshot machine(String innerCode) {
        return fleet.machine(innerCode);
    }

    /** The machines that got a command or a mode, by inner code. */
    public List<MachineSnapshot> machines() {
        return fleet.machines();
    }

    /** What became of an order's dispense; empty when no command for it has arrived. */
    public Optional<DispenseSnapshot> dispense(String orderId) {
        return fleet.dispense(orderId);
    }

    /** How many times the command of an order arrived; 0 when never. */
    public int commandsReceived(String orderId) {
        return dispense(orderId).map(DispenseSnapshot::commands).orElse(0);
    }
}
