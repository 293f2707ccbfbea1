package com.shop.devstack.vending;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every simulated machine and every order commanded, in memory and thread-safe. Any inner code is a machine: the
 * machines are defined in the goods database, and one appears here once it is switched on, gets a command or a mode.
 */
final class MachineFleet {

    private final Map<String, SimulatedMachine> machines = new TreeMap<>();
    // never pruned: a development stack sees few orders, and forgetting one would let a late copy dispense twice
    private final Map<String, DispenseRecord> dispenses = new HashMap<>();

    /**
     * Takes a command: dispenses (or fails) once per order, whatever the number of copies.
     *
     * @return what to answer, the same for every copy; empty while the machine is silent
     */
    synchronized Optional<DispenseResult> receive(DispenseCommand command) {
        SimulatedMachine machine = machineNamed(command.innerCode());
        machine.commandReceived();
        DispenseRecord dispense = dispenses.computeIfAbsent(command.orderId(), orderId -> new DispenseRecord(command));
        dispense.commandArrived();
        Mode mode = machine.mode();
        if (dispense.awaitsHandling()) {
            switch (mode) {
                case SUCCEED -> {
                    dispense.outcome(Outcome.SUCCEEDED);
                    machine.dispensed(command.orderId());
                }
                case FAIL -> {
                    dispense.outcome(Outcome.FAILED);
                    machine.failed(command.orderId());
                }
                case SILENT -> dispense.outcome(Outcome.SILENT);
            }
        }
        return mode == Mode.SILENT ? Optional.empty() : Optional.of(dispense.result(command));
    }

    synchronized MachineSnapshot mode(String innerCode, Mode mode) {
        SimulatedMachine machine = machineNamed(innerCode);
        machine.mode(mode);
        return machine.snapshot();
    }

    /** A machine switched on: listed from now on, answering as it is told (succeeding until told otherwise). */
    synchronized void switchedOn(String innerCode) {
        machineNamed(innerCode);
    }

    /** The machine, with zero counts when it has never been seen. */
    synchronized MachineSnapshot machine(String innerCode) {
        SimulatedMachine machine = machines.get(innerCode);
        return machine != null ? machine.snapshot() : new SimulatedMachine(innerCode).snapshot();
    }

    /** The machines switched on, seen or given a mode, by inner code. */
    synchronized List<MachineSnapshot> machines() {
        return machines.values().stream().map(SimulatedMachine::snapshot).toList();
    }

    synchronized Optional<DispenseSnapshot> dispense(String orderId) {
        return Optional.ofNullable(dispenses.get(orderId)).map(DispenseRecord::snapshot);
    }

    /** Every machine back to {@link Mode#SUCCEED}; what they did is kept. */
    synchronized void reset() {
        machines.values().forEach(machine -> machine.mode(Mode.SUCCEED));
    }

    private SimulatedMachine machineNamed(String innerCode) {
        return machines.computeIfAbsent(innerCode, SimulatedMachine::new);
    }
}
