package com.shop.devstack.vending;

import com.shop.devstack.DaemonThreads;
import com.shop.devstack.EmbeddedServer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * Every vending machine at once: takes the dispense commands on {@code vm/+/vendout} from the MQTT broker, dispenses
 * each order once however often its command comes, and answers on {@code vm/{innerCode}/vendout/result} after a
 * short delay, repeating the same answer for a repeated command. Each machine succeeds, fails or stays silent, as
 * told over HTTP on 127.0.0.1 (see {@link MachineControl}) or through {@link #mode(String, Mode)}.
 */
public final class MachineSimulator implements EmbeddedServer {

    /** The simulator's MQTT client id. */
    public static final String CLIENT_ID = "shop-devstack-machines";
    public static final Duration DEFAULT_ANSWER_DELAY = Duration.ofMillis(500);

    private static final int HANDLER_THREADS = 2;

    private final int port;
    private final String brokerUrl;
    private final MachineFleet fleet = new MachineFleet();
    private volatile Duration answerDelay;
    private HttpServer server;
    private ExecutorService handlers;
    private ScheduledExecutorService answers;
    private MachineLink link;

    /** Answering after {@link #DEFAULT_ANSWER_DELAY}. */
    public MachineSimulator(int port, String brokerUrl) {
        this(port, brokerUrl, DEFAULT_ANSWER_DELAY);
    }

    /**
     * @param port      of the control endpoints; 0 for any free port
     * @param brokerUrl the MQTT broker, such as {@code tcp://127.0.0.1:11883}
     */
    public MachineSimulator(int port, String brokerUrl, Duration answerDelay) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("not a TCP port: " + port);
        }
        this.port = port;
        this.brokerUrl = Objects.requireNonNull(brokerUrl, "brokerUrl");
        answerDelay(answerDelay);
    }

    @Override
    public String name() {
        return "vending machine simulator";
    }

    /** Opens the control endpoints, then connects to the broker; returns once subscribed to every machine. */
    @Override
    public synchronized void start() throws IOException, MqttException {
        if (server != null) {
            return;
        }
        try {
            HttpServer starting = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
            starting.createContext(MachineControl.PREFIX, new MachineControl(fleet));
            handlers = Executors.newFixedThreadPool(HANDLER_THREADS, DaemonThreads.named("machine-simulator-http"));
            starting.setExecutor(handlers);
            starting.start();
            server = starting;
            answers = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("machine-simulator-answers"));
            link = new MachineLink(brokerUrl, CLIENT_ID);
            link.connect(new CommandDesk(fleet, answers, link::publish, this::answerDelay));
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
        if (link != null) {
            link.close();
            link = null;
        }
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

    /** Sets how a machine answers the commands arriving from now on. */
    public MachineSnapshot mode(String innerCode, Mode mode) {
        return fleet.mode(Objects.requireNonNull(innerCode, "innerCode"), Objects.requireNonNull(mode, "mode"));
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
