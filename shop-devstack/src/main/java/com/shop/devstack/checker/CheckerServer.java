package com.shop.devstack.checker;

import com.shop.check.ShopDatabases;
import com.shop.devstack.ConsoleCors;
import com.shop.devstack.DaemonThreads;
import com.shop.infra.EmbeddedServer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The invariant checker of {@code ./shop check} over HTTP on 127.0.0.1, against the stack's own databases:
 * {@code GET /checker/verdict} ({@link VerdictEndpoint}), which the web console's page may call from its origin.
 */
public final class CheckerServer implements EmbeddedServer {

    /** Where the verdict is served. */
    public static final String VERDICT_PATH = "/checker/verdict";

    /** Enough that a preflight is not held up behind requests waiting for a run under way. */
    private static final int HANDLER_THREADS = 3;

    private final int port;
    private final Verdicts verdicts;
    private final ConsoleCors console;
    private HttpServer server;
    private ExecutorService handlers;

    /**
     * @param port      0 for any free port
     * @param databases the five service databases the verdicts are on
     * @param console   the origins whose pages may read the verdicts (the web console's)
     */
    public CheckerServer(int port, ShopDatabases databases, ConsoleCors console) {
        this(port, new Verdicts(databases), console);
    }

    CheckerServer(int port, Verdicts verdicts, ConsoleCors console) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("not a TCP port: " + port);
        }
        this.port = port;
        this.verdicts = Objects.requireNonNull(verdicts, "verdicts");
        this.console = Objects.requireNonNull(console, "console");
    }

    @Override
    public String name() {
        return "invariant checker";
    }

    @Override
    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        HttpServer starting = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        // every path, so that an unknown one is answered in JSON like the other control endpoints
        starting.createContext("/", console.around(new VerdictEndpoint(verdicts)));
        handlers = Executors.newFixedThreadPool(HANDLER_THREADS, DaemonThreads.named("invariant-checker-http"));
        starting.setExecutor(handlers);
        starting.start();
        server = starting;
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        handlers.shutdownNow();
        server = null;
        handlers = null;
    }

    @Override
    public String address() {
        return baseUrl();
    }

    /** {@code http://127.0.0.1:<port>}; the verdict is at {@code /checker/verdict} below it. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** {@code http://127.0.0.1:<port>/checker/verdict}. */
    public String verdictUrl() {
        return baseUrl() + VERDICT_PATH;
    }

    /** The port listened on; once started, the one actually bound when constructed with 0. */
    public synchronized int port() {
        return server != null ? server.getAddress().getPort() : port;
    }
}
