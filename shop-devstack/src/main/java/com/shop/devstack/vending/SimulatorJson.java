package com.shop.devstack.vending;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Machines and dispenses as the control endpoints show them. */
final class SimulatorJson {

    private SimulatorJson() {}

    static Map<String, Object> of(MachineSnapshot machine) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("innerCode", machine.innerCode());
        json.put("mode", machine.mode().name());
        json.put("dispensed", machine.dispensed());
        json.put("failed", machine.failed());
        json.put("commandsReceived", machine.commandsReceived());
        return json;
    }

    static List<Map<String, Object>> of(List<MachineSnapshot> machines) {
        return machines.stream().map(SimulatorJson::of).toList();
    }

    static Map<String, Object> of(DispenseSnapshot dispense) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("orderId", dispense.orderId());
        json.put("innerCode", dispense.innerCode());
        json.put("channelCode", dispense.channelCode());
        json.put("goodsId", dispense.goodsId());
        json.put("commands", dispense.commands());
        json.put("outcome", dispense.outcome().name());
        return json;
    }
}
