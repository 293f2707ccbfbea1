package com.shop.devstack.vending;

import com.shop.devstack.HttpExchanges;
import com.shop.devstack.JsonControl;
import com.shop.infra.DevelopmentMqttUsers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's control endpoints, in JSON:
 *
 * <ul>
 *   <li>{@code POST /simulator/machines/{innerCode}/mode?mode=succeed|fail|silent}: switches the machine on, too</li>
 *   <li>{@code GET /simulator/machines}, {@code GET /simulator/machines/{innerCode}}</li>
 *   <li>{@code GET /simulator/dispenses/{orderId}}</li>
 *   <li>{@code POST /simulator/reset}: every machine back to succeed, history kept</li>
 * </ul>
 */
final class MachineControl extends JsonControl {

    static final String PREFIX = "/simulator/";

    private static final Logger log = LoggerFactory.getLogger(MachineControl.class);
    private static final String MACHINES = PREFIX + "machines";
    private static final String DISPENSES = PREFIX + "dispenses/";
    private static final String RESET = PREFIX + "reset";
    private static final String MODE_SUFFIX = "/mode";

    private final MachineFleet fleet;
    private final Consumer<String> switchOn;

    MachineControl(MachineFleet fleet, Consumer<String> switchOn) {
        super("the simulator");
        this.fleet = fleet;
        this.switchOn = switchOn;
    }

    @Override
    protected void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(MACHINES)) {
            if (allowed(exchange, "GET")) {
                respond(exchange, 200, SimulatorJson.of(fleet.machines()));
            }
        } else if (path.equals(RESET)) {
            if (allowed(exchange, "POST")) {
                fleet.reset();
                log.info("every machine succeeds again");
                respond(exchange, 200, SimulatorJson.of(fleet.machines()));
            }
        } else if (path.startsWith(MACHINES + "/")) {
            machine(exchange, path.substring(MACHINES.length() + 1));
        } else if (path.startsWith(DISPENSES) && singleSegment(path.substring(DISPENSES.length()))) {
            if (allowed(exchange, "GET")) {
                dispense(exchange, path.substring(DISPENSES.length()));
            }
        } else {
            notFound(exchange);
        }
    }

    /** {@code {innerCode}} or {@code {innerCode}/mode}, the path below {@code /simulator/machines/}. */
    private void machine(HttpExchange exchange, String below) throws IOException {
        String modeOf = below.endsWith(MODE_SUFFIX) ? below.substring(0, below.length() - MODE_SUFFIX.length()) : "";
        if (singleSegment(modeOf)) {
            if (allowed(exchange, "POST")) {
                mode(exchange, modeOf);
            }
        } else if (singleSegment(below)) {
            if (allowed(exchange, "GET")) {
                respond(exchange, 200, SimulatorJson.of(fleet.machine(below)));
            }
        } else {
            notFound(exchange);
        }
    }

    private void mode(HttpExchange exchange, String innerCode) throws IOException {
        String named = queryParameter(exchange, "mode").orElse("");
        Optional<Mode> mode = Mode.named(named);
        if (mode.isEmpty()) {
            respond(exchange, 400, error("mode must be succeed, fail or silent, not '" + named + "'"));
            return;
        }
        if (DevelopmentMqttUsers.machineOf(innerCode).isEmpty()) {
            respond(exchange, 400, error("not a machine's inner code: '" + innerCode + "'"));
            return;
        }
        switchOn.accept(innerCode);
        MachineSnapshot machine = fleet.mode(innerCode, mode.get());
        log.info("machine {} is now in mode {}", innerCode, mode.get());
        respond(exchange, 200, SimulatorJson.of(machine));
    }

    private void dispense(HttpExchange exchange, String orderId) throws IOException {
        Optional<DispenseSnapshot> dispense = fleet.dispense(orderId);
        if (dispense.isPresent()) {
            respond(exchange, 200, SimulatorJson.of(dispense.get()));
        } else {
            respond(exchange, 404, error("no command for order " + orderId + " has arrived"));
        }
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        respond(
                exchange,
                404,
                error("no such simulator endpoint: " + exchange.getRequestURI().getPath()));
    }

    private static boolean singleSegment(String text) {
        return !text.isEmpty() && !text.contains("/");
    }

    private static Optional<String> queryParameter(HttpExchange exchange, String name) {
        return Optional.ofNullable(HttpExchanges.query(exchange).get(name));
    }
}
