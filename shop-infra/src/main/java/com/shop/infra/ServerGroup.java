package com.shop.infra;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Servers started one after another (on two cores that beats starting them in parallel) and stopped in reverse
 * order.
 */
public final class ServerGroup {

    private static final Logger log = LoggerFactory.getLogger(ServerGroup.class);

    private final List<EmbeddedServer> servers;
    private final List<EmbeddedServer> started = new ArrayList<>();

    public ServerGroup(List<EmbeddedServer> servers) {
        this.servers = List.copyOf(servers);
    }

    /**
     * Starts every server not running yet, in order. When one fails, those already started are stopped again and
     * the failure is thrown.
     */
    public synchronized void start() {
        for (EmbeddedServer server : servers) {
            if (started.contains(server)) {
                continue;
            }
            long begin = System.nanoTime();
            try {
                server.start();
            } catch (Exception e) {
                stop();
                throw new InfrastructureStartException(server.name() + " did not start on " + server.address(), e);
            }
            started.add(server);
            log.info(
                    "{} listening on {} ({} ms)",
                    server.name(),
                    server.address(),
                    (System.nanoTime() - begin) / 1_000_000);
        }
    }

    /** Stops whatever runs, last started first. Never throws: a server that fails to stop is logged. */
    public synchronized void stop() {
        for (int i = started.size() - 1; i >= 0; i--) {
            EmbeddedServer server = started.get(i);
            long begin = System.nanoTime();
            try {
                server.stop();
                log.info("{} stopped ({} ms)", server.name(), (System.nanoTime() - begin) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("{} did not stop cleanly", server.name(), e);
            }
        }
        started.clear();
    }
}
