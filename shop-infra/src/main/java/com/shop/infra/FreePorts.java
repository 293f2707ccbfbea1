package com.shop.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Loopback ports nobody listens on. A port is handed out once per JVM, so ports picked in a row never collide even
 * before anything binds them.
 */
public final class FreePorts {

    private static final int ATTEMPTS = 100;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {}

    public static synchronized int next() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = anyFreePort();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port found in " + ATTEMPTS + " attempts");
    }

    /** A free port whose neighbour at {@code offset} is free too (the broker binds its port and port - 2). */
    public static synchronized int nextWithFree(int offset) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = anyFreePort();
            int neighbour = port + offset;
            if (neighbour > 1024
                    && neighbour < 65_536
                    && !HANDED_OUT.contains(port)
                    && !HANDED_OUT.contains(neighbour)
                    && isFree(neighbour)) {
                HANDED_OUT.add(port);
                HANDED_OUT.add(neighbour);
                return port;
            }
        }
        throw new IllegalStateException("no free loopback port pair found in " + ATTEMPTS + " attempts");
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int anyFreePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a loopback socket", e);
        }
    }
}
