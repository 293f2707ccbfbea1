package com.shop.devstack.vending;

import java.util.List;

/**
 * A simulated machine at one moment.
 *
 * @param dispensed        the orders it dispensed, in the order their commands arrived
 * @param failed           the orders it reported as failed
 * @param commandsReceived every command that arrived for it, repeats included
 */
public record MachineSnapshot(
        String innerCode, Mode mode, List<String> dispensed, List<String> failed, int commandsReceived) {

    public MachineSnapshot {
        dispensed = List.copyOf(dispensed);
        failed = List.copyOf(failed);
    }
}
