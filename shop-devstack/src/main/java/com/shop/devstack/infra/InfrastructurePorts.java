package com.shop.devstack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Ports of the embedded infrastructure. The defaults avoid the standard ports (2181, 9876, 10911, 3306, 1883) of
 * servers a developer may already run. The broker also binds its fast channel on {@code broker - 2}.
 */
public record InfrastructurePorts(int zooKeeper, int nameServer, int broker, int mariaDb, int mqtt) {

    public static InfrastructurePorts defaults() {
        return new InfrastructurePorts(12181, 19876, 20911, 13306, 11883);
    }

    /** Free ports, for tests that run beside a stack already up. */
    public static InfrastructurePorts free() {
        return new InfrastructurePorts(freePort(), freePort(), freeBrokerPort(), freePort(), freePort());
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The broker needs its port, port - 2 (fast channel) and port + 1 (HA, unused here) free. */
    private static int freeBrokerPort() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            if (port > 1026 && port < 65534 && isFree(port - 2) && isFree(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port range for the RocketMQ broker");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
