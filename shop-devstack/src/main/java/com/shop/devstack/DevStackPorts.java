package com.shop.devstack;

import java.util.List;

/**
 * The TCP ports of the embedded infrastructure, the vending machine simulator's control endpoints and the payment
 * sandbox, every one bound to 127.0.0.1. The defaults stay clear of the standard ports (2181, 9876, 10911, 3306, 1883)
 * so servers a developer already runs keep working beside the stack.
 *
 * <p>The broker listens on two ports: {@link #broker()} and its fast ("VIP") channel at {@link #brokerFastPort()},
 * which RocketMQ always derives as two below the main port. The HA port (one above) is never opened: the devstack's
 * single master has no slaves.
 */
public record DevStackPorts(
        int zooKeeper, int nameServer, int broker, int mariaDb, int mqtt, int paymentSandbox, int machineSimulator) {

    /** Where RocketMQ puts the broker's fast channel, relative to its main port; not configurable in RocketMQ. */
    public static final int BROKER_FAST_PORT_OFFSET = -2;

    public DevStackPorts {
        for (int port : List.of(
                zooKeeper,
                nameServer,
                broker + BROKER_FAST_PORT_OFFSET,
                broker,
                mariaDb,
                mqtt,
                paymentSandbox,
                machineSimulator)) {
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("not a TCP port: " + port);
            }
        }
    }

    /** The ports of {@code ./shop up}; the applications' configuration defaults point at them. */
    public static DevStackPorts defaults() {
        return new DevStackPorts(12181, 19876, 20911, 13306, 11883, 18090, 18091);
    }

    /** Ports free right now, for tests that may run beside a stack on the default ports or beside each other. */
    public static DevStackPorts free() {
        return new DevStackPorts(
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.nextWithFree(BROKER_FAST_PORT_OFFSET),
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.next());
    }

    public int brokerFastPort() {
        return broker + BROKER_FAST_PORT_OFFSET;
    }

    /** Every port the infrastructure listens on, the simulator's and the payment sandbox's included. */
    public List<Integer> listening() {
        return List.of(
                zooKeeper, nameServer, brokerFastPort(), broker, mariaDb, mqtt, machineSimulator, paymentSandbox);
    }
}
