package com.shop.devstack.vending;

import java.util.ArrayList;
import java.util.List;

/** One machine's mode and history; not thread-safe, {@link MachineFleet} guards it. */
final class SimulatedMachine {

    private final String innerCode;
    private final List<String> dispensed = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private Mode mode = Mode.SUCCEED;
    private int commandsReceived;

    SimulatedMachine(String innerCode) {
        this.innerCode = innerCode;
    }

    Mode mode() {
        return mode;
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    void commandReceived() {
        commandsReceived++;
    }

    void dispensed(String orderId) {
        dispensed.add(orderId);
    }

    void failed(String orderId) {
        failed.add(orderId);
    }

    MachineSnapshot snapshot() {
        return new MachineSnapshot(innerCode, mode, dispensed, failed, commandsReceived);
    }
}
