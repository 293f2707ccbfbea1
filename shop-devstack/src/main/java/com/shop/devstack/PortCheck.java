package com.shop.devstack;

import com.shop.infra.FreePorts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Refuses to start when a port of the stack is taken, naming the port and what it is for. */
final class PortCheck {

    private PortCheck() {}

    static void requireFree(DevStackOptions options) {
        List<String> taken = new ArrayList<>();
        wanted(options).forEach((port, purpose) -> {
            if (!FreePorts.isFree(port)) {
                taken.add(port + " (" + purpose + ")");
            }
        });
        if (!taken.isEmpty()) {
            throw new DevStackStartException("ports already in use: " + String.join(", ", taken)
                    + ". Is a stack already running (./shop down stops it)? Application ports can be moved with "
                    + "SHOP_ORDER_WEB_PORT, SHOP_PAY_WEB_PORT and SHOP_<NAME>_SERVICE_PORT.");
        }
    }

    private static Map<Integer, String> wanted(DevStackOptions options) {
        DevStackPorts ports = options.ports();
        Map<Integer, String> wanted = new LinkedHashMap<>();
        wanted.put(ports.zooKeeper(), "ZooKeeper");
        wanted.put(ports.nameServer(), "RocketMQ name server");
        wanted.put(ports.brokerFastPort(), "RocketMQ broker, fast channel");
        wanted.put(ports.broker(), "RocketMQ broker");
        wanted.put(ports.mariaDb(), "MariaDB");
        wanted.put(ports.mqtt(), "MQTT");
        wanted.put(ports.machineSimulator(), "vending machine simulator");
        wanted.put(ports.paymentSandbox(), "payment sandbox");
        wanted.put(ports.checker(), "invariant checker");
        for (ShopApplication application : options.applications()) {
            wanted.put(options.applicationPorts().http(application), application.moduleName() + " HTTP");
            if (application.isDubboProvider()) {
                wanted.put(options.applicationPorts().dubbo(application), application.moduleName() + " Dubbo");
            }
        }
        return wanted;
    }
}
