package com.shop.infra;

import java.util.List;

/**
 * The TCP ports of the embedded infrastructure, every one bound to 127.0.0.1.
 *
 * <p>The broker listens on two ports: {@link #broker()} and its fast ("VIP") channel at {@link #brokerFastPort()},
 * which RocketMQ always derives as two below the main port. The HA port (one above) is never opened: the single
 * master has no slaves.
 */
public record InfrastructurePorts(int zooKeeper, int nameServer, int broker, int mariaDb, int mqtt) {

    /** Where RocketMQ puts the broker's fast channel, relative to its main port; not configurable in RocketMQ. */
    public static final int BROKER_FAST_PORT_OFFSET = -2;

    public InfrastructurePorts {
        for (int port : List.of(zooKeeper, nameServer, broker + BROKER_FAST_PORT_OFFSET, broker, mariaDb, mqtt)) {
            requireTcpPort(port);
        }
    }

    /** Ports free right now, for tests that may run beside a stack on the default ports or beside each other. */
    public static InfrastructurePorts free() {
        return new InfrastructurePorts(
                FreePorts.next(),
                FreePorts.next(),
                FreePorts.nextWithFree(BROKER_FAST_PORT_OFFSET),
                FreePorts.next(),
                FreePorts.next());
    }

    public static void requireTcpPort(int port) {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("not a TCP port: " + port);
        }
    }

    public int brokerFastPort() {
        return broker + BROKER_FAST_PORT_OFFSET;
    }

    /** Every port the infrastructure listens on. */
    public List<Integer> listening() {
        return List.of(zooKeeper, nameServer, brokerFastPort(), broker, mariaDb, mqtt);
    }
}
