package com.shop.devstack;

import com.shop.infra.FreePorts;
import com.shop.infra.InfrastructurePorts;
import java.util.ArrayList;
import java.util.List;

/**
 * The TCP ports of the embedded infrastructure, the vending machine simulator's control endpoints, the payment
 * sandbox and the invariant checker's verdict, every one bound to 127.0.0.1. The defaults stay clear of the standard ports (2181, 9876, 10911, 3306, 1883)
 * so servers a developer already runs keep working beside the stack. The broker's fast channel is two below its port
 * ({@link InfrastructurePorts}).
 */
public record DevStackPorts(
        int zooKeeper,
        int nameServer,
        int broker,
        int mariaDb,
        int mqtt,
        int paymentSandbox,
        int machineSimulator,
        int checker) {

    public DevStackPorts {
        new InfrastructurePorts(zooKeeper, nameServer, broker, mariaDb, mqtt);
        InfrastructurePorts.requireTcpPort(paymentSandbox);
        InfrastructurePorts.requireTcpPort(machineSimulator);
        InfrastructurePorts.requireTcpPort(checker);
    }

    /** The ports of {@code ./shop up}; the applications' configuration defaults point at them. */
    public static DevStackPorts defaults() {
        return new DevStackPorts(12181, 19876, 20911, 13306, 11883, 18090, 18091, 18092);
    }

    /** Ports free right now, for tests that may run beside a stack on the default ports or beside each other. */
    public static DevStackPorts free() {
        InfrastructurePorts infrastructure = InfrastructurePorts.free();
        return new DevStackPorts(
                infrastructure.zooKeeper(),
                infrastructure.nameServer(),
                infrastructure.broker(),
                infrastructure.mariaDb(),
                infrastructure.mqtt(),
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next());
    }

    /** The embedded servers' ports alone. */
    public InfrastructurePorts infrastructure() {
        return new InfrastructurePorts(zooKeeper, nameServer, broker, mariaDb, mqtt);
    }

    public int brokerFastPort() {
        return infrastructure().brokerFastPort();
    }

    /** Every port the infrastructure listens on, the simulator's, the payment sandbox's and the checker's included. */
    public List<Integer> listening() {
        List<Integer> listening = new ArrayList<>(infrastructure().listening());
        listening.add(machineSimulator);
        listening.add(paymentSandbox);
        listening.add(checker);
        return List.copyOf(listening);
    }
}
