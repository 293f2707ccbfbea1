package com.shop.devstack.sandbox;

import com.shop.devstack.DaemonThreads;
import com.shop.devstack.EmbeddedServer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A payment platform speaking WeChat Pay v2 (the platform's side) on 127.0.0.1, for one merchant, with its trades in
 * memory:
 *
 * <ul>
 *   <li>{@code POST /pay/unifiedorder}, {@code /pay/orderquery}, {@code /pay/closeorder}, {@code /secapi/pay/refund}:
 *       signed XML, MD5 or HMAC-SHA256;</li>
 *   <li>{@code POST /sandbox/pay?code_url=...} (or {@code ?out_trade_no=...}, {@code &force=true} to pay a closed
 *       trade): the payer scans and pays; the merchant is then notified and, like the real platform does, notified
 *       again until it acknowledges;</li>
 *   <li>{@code POST /sandbox/notifications?mode=drop|deliver}, {@code GET /sandbox/trades[/{outTradeNo}]}.</li>
 * </ul>
 */
public final class PaymentSandbox implements EmbeddedServer {

    /** The devstack's notification back-off: the platform's divided by 15, so the first retry comes after 1 s. */
    public static final double DEVSTACK_NOTIFY_DELAY_SCALE = 1.0 / 15;

    private static final int HANDLER_THREADS = 4;

    private final int port;
    private final MerchantAccount merchant;
    private final TradeBook trades = new TradeBook();
    private final NotificationDelivery notifications;
    private HttpServer server;
    private ExecutorService handlers;

    /** The development merchant, retries on the devstack's scale. */
    public PaymentSandbox(int port) {
        this(port, MerchantAccount.DEVELOPMENT, DEVSTACK_NOTIFY_DELAY_SCALE);
    }

    /**
     * @param port              0 for any free port
     * @param notifyDelayScale  what the platform's retry intervals are multiplied by; 1 for the real ones
     */
    public PaymentSandbox(int port, MerchantAccount merchant, double notifyDelayScale) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("not a TCP port: " + port);
        }
        this.port = port;
        this.merchant = Objects.requireNonNull(merchant, "merchant");
        this.notifications = new NotificationDelivery(new MerchantSigner(merchant),
                new RetrySchedule(notifyDelayScale));
    }

    @Override
    public String name() {
        return "payment sandbox";
    }

    @Override
    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        HttpServer starting = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        starting.createContext("/", new Routes()
                .exact("/pay/unifiedorder", new SignedXmlEndpoint(merchant, new UnifiedOrderOperation(trades)))
                .exact("/pay/orderquery", new SignedXmlEndpoint(merchant, new OrderQueryOperation(trades)))
                .exact("/pay/closeorder", new SignedXmlEndpoint(merchant, new CloseOrderOperation(trades)))
                .exact("/secapi/pay/refund", new SignedXmlEndpoint(merchant, new RefundOperation(trades)))
                .under(SandboxControl.PREFIX, new SandboxControl(trades, notifications)));
        // several at once, so a slow request cannot hold up a payment racing a close
        handlers = Executors.newFixedThreadPool(HANDLER_THREADS, DaemonThreads.named("payment-sandbox-http"));
        starting.setExecutor(handlers);
        notifications.start();
        starting.start();
        server = starting;
    }

    /** Stops answering and notifying; the trades are kept for a restart. */
    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        handlers.shutdownNow();
        notifications.stop();
        server = null;
    }

    @Override
    public String address() {
        return baseUrl();
    }

    /** {@code http://127.0.0.1:<port>}, what a payment client's base URL is set to. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The port listened on; once started, the one actually bound when constructed with 0. */
    public synchronized int port() {
        return server != null ? server.getAddress().getPort() : port;
    }

    public MerchantAccount merchant() {
        return merchant;
    }
}
