package com.shop.devstack.sandbox;

import com.shop.devstack.ConsoleCors;
import com.shop.devstack.DaemonThreads;
import com.shop.infra.EmbeddedServer;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A payment platform speaking WeChat Pay v2 (the platform's side) on 127.0.0.1, for one merchant, with its trades in
 * memory:
 *
 * <ul>
 *   <li>{@code POST /pay/unifiedorder}, {@code /pay/orderquery}, {@code /pay/closeorder}, {@code /pay/refundquery}:
 *       signed XML, MD5 or HMAC-SHA256;</li>
 *   <li>{@code POST /secapi/pay/refund} on a listener of its own ({@link #secapiBaseUrl()}), HTTPS with mutual TLS as
 *       at the platform: only a client presenting the merchant's certificate, issued by the sandbox's development
 *       authority ({@link SandboxCertificates}), gets an answer. A refund's outcome is notified to the request's
 *       {@code notify_url}, encrypted, and notified again until acknowledged;</li>
 *   <li>{@code POST /sandbox/pay?code_url=...} (or {@code ?out_trade_no=...}, {@code &force=true} to pay a closed
 *       trade): the payer scans and pays; the merchant is then notified and, like the real platform does, notified
 *       again until it acknowledges;</li>
 *   <li>{@code POST /sandbox/notifications?mode=drop|deliver}, {@code GET /sandbox/trades[/{outTradeNo}]},
 *       {@code POST /sandbox/refunds/outcome?out_trade_no=...&refund_status=CHANGE} (how its next refunds end);</li>
 *   <li>under {@code /alipay}, a second platform: Alipay's gateway and control endpoints of its own
 *       ({@link AlipaySandbox}).</li>
 * </ul>
 */
public final class PaymentSandbox implements EmbeddedServer {

    /** The devstack's notification back-off: the platform's divided by 15, so the first retry comes after 1 s. */
    public static final double DEVSTACK_NOTIFY_DELAY_SCALE = 1.0 / 15;
    /** Where the WeChat Pay sandbox's control endpoints are served. */
    static final String CONTROL_PREFIX = "/sandbox/";

    private static final int HANDLER_THREADS = 4;

    private final int port;
    private final MerchantAccount merchant;
    private final ConsoleCors console;
    private final TradeBook trades = new TradeBook();
    private final NotificationSwitch notificationSwitch = new NotificationSwitch("WeChat Pay");
    private final RetryingDelivery<Trade> notifications;
    private final RetryingDelivery<RefundNotifyPort.Settled> refundNotifications;
    private final AlipaySandbox alipay;
    private SandboxCertificates certificates;
    private HttpServer server;
    private HttpsServer secapiServer;
    private ExecutorService handlers;

    /** The development merchant, retries on the devstack's scale. */
    public PaymentSandbox(int port) {
        this(port, MerchantAccount.DEVELOPMENT, DEVSTACK_NOTIFY_DELAY_SCALE);
    }

    /** No web console may read the control endpoints' answers. */
    public PaymentSandbox(int port, MerchantAccount merchant, double notifyDelayScale) {
        this(port, merchant, notifyDelayScale, ConsoleCors.none());
    }

    /**
     * @param port              0 for any free port
     * @param notifyDelayScale  what the platform's retry intervals are multiplied by; 1 for the real ones
     * @param console           the origins whose pages may call the control endpoints (the web console's)
     */
    public PaymentSandbox(int port, MerchantAccount merchant, double notifyDelayScale, ConsoleCors console) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("not a TCP port: " + port);
        }
        this.port = port;
        this.merchant = Objects.requireNonNull(merchant, "merchant");
        this.console = Objects.requireNonNull(console, "console");
        this.notifications = new RetryingDelivery<>(
                "payment-sandbox-notify",
                2,
                new PaymentNotifyPort(new MerchantSigner(merchant)),
                new RetrySchedule(notifyDelayScale),
                notificationSwitch);
        // dropped, like payment notifications, while the sandbox drops notifications
        this.refundNotifications = new RetryingDelivery<>(
                "payment-sandbox-refund-notify",
                1,
                new RefundNotifyPort(merchant),
                new RetrySchedule(notifyDelayScale),
                notificationSwitch);
        this.alipay = new AlipaySandbox(AlipaySandbox.DEVELOPMENT_APP_ID, notifyDelayScale);
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
        starting.createContext(
                "/",
                new Routes()
                        .exact("/pay/unifiedorder", new SignedXmlEndpoint(merchant, new UnifiedOrderOperation(trades)))
                        .exact("/pay/orderquery", new SignedXmlEndpoint(merchant, new OrderQueryOperation(trades)))
                        .exact("/pay/closeorder", new SignedXmlEndpoint(merchant, new CloseOrderOperation(trades)))
                        .exact("/pay/refundquery", new SignedXmlEndpoint(merchant, new RefundQueryOperation(trades)))
                        .under(RefundControl.PREFIX, console.around(new RefundControl(trades)))
                        .exact(AlipaySandbox.PREFIX + AlipayGatewayEndpoint.PATH, alipay.gateway())
                        .under(AlipaySandbox.CONTROL_PREFIX, console.around(alipay.control()))
                        .under(
                                CONTROL_PREFIX,
                                console.around(new SandboxControl<>(
                                        CONTROL_PREFIX, trades, notifications, notificationSwitch))));
        // several at once, so a slow request cannot hold up a payment racing a close
        handlers = Executors.newFixedThreadPool(HANDLER_THREADS, DaemonThreads.named("payment-sandbox-http"));
        starting.setExecutor(handlers);
        HttpsServer secapi = secapiServer(certificates());
        secapi.setExecutor(handlers);
        notifications.start();
        refundNotifications.start();
        alipay.start();
        starting.start();
        secapi.start();
        server = starting;
        secapiServer = secapi;
    }

    /** The certificate-guarded APIs: a client without the merchant's certificate fails the TLS handshake. */
    private HttpsServer secapiServer(SandboxCertificates issued) throws IOException {
        HttpsServer secapi = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        SSLContext context = issued.serverContext();
        secapi.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = context.getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                parameters.setSSLParameters(ssl);
            }
        });
        secapi.createContext(
                "/",
                new Routes()
                        .exact(
                                "/secapi/pay/refund",
                                new MerchantCertificateCheck(
                                        merchant,
                                        new SignedXmlEndpoint(
                                                merchant, new RefundOperation(trades, refundNotifications)))));
        return secapi;
    }

    /** The development CA, the sandbox's server certificate and the merchant's, issued on first use. */
    public synchronized SandboxCertificates certificates() {
        if (certificates == null) {
            certificates = SandboxCertificates.issue(merchant);
        }
        return certificates;
    }

    /** Stops answering and notifying; the trades are kept for a restart. */
    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.stop(0);
        secapiServer.stop(0);
        handlers.shutdownNow();
        notifications.stop();
        refundNotifications.stop();
        alipay.stop();
        server = null;
        secapiServer = null;
    }

    @Override
    public String address() {
        return baseUrl();
    }

    /** {@code http://127.0.0.1:<port>}, what a payment client's base URL is set to. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * {@code https://127.0.0.1:<port>}, where {@code /secapi/} is answered over mutual TLS: a payment client's base
     * URL for refunds. Its port is chosen at start.
     */
    public synchronized String secapiBaseUrl() {
        if (secapiServer == null) {
            throw new IllegalStateException("the payment sandbox has not started: its secapi listener has no port yet");
        }
        return "https://127.0.0.1:" + secapiServer.getAddress().getPort();
    }

    public synchronized boolean isStarted() {
        return server != null;
    }

    /** The port listened on; once started, the one actually bound when constructed with 0. */
    public synchronized int port() {
        return server != null ? server.getAddress().getPort() : port;
    }

    /** Alipay, served on the same port under {@value AlipaySandbox#PREFIX}. */
    public AlipaySandbox alipay() {
        return alipay;
    }

    /** {@code http://127.0.0.1:<port>/alipay/gateway.do}, what an Alipay client's gateway URL is set to. */
    public String alipayGatewayUrl() {
        return baseUrl() + AlipaySandbox.PREFIX + AlipayGatewayEndpoint.PATH;
    }

    /**
     * The environment variables the pay service reads to use this sandbox: {@code SHOP_WXPAY_BASE_URL} with its
     * certificate-guarded refund API ({@code SHOP_WXPAY_SECAPI_BASE_URL}, HTTPS), the merchant certificate to present
     * there ({@code SHOP_WXPAY_CERT_PATH}, {@code SHOP_WXPAY_CERT_PASSWORD}) and the development CA to trust for it
     * ({@code SHOP_WXPAY_TRUST_CA_PATH}), and the Alipay sandbox's gateway, development app and keys
     * ({@code SHOP_ALIPAY_GATEWAY_URL}, {@code SHOP_ALIPAY_APP_ID}, {@code SHOP_ALIPAY_PRIVATE_KEY},
     * {@code SHOP_ALIPAY_PUBLIC_KEY}).
     */
    public Map<String, String> serviceEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SHOP_WXPAY_BASE_URL", baseUrl());
        environment.putAll(merchantCertificateEnvironment());
        environment.putAll(alipayEnvironment());
        return environment;
    }

    /** The Alipay sandbox's gateway and the development keys it made: the merchant's private, the platform's public. */
    public Map<String, String> alipayEnvironment() {
        AlipaySandbox alipay = alipay();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SHOP_ALIPAY_GATEWAY_URL", alipayGatewayUrl());
        environment.put("SHOP_ALIPAY_APP_ID", alipay.appId());
        environment.put("SHOP_ALIPAY_PRIVATE_KEY", alipay.keys().merchantPrivateKey());
        environment.put("SHOP_ALIPAY_PUBLIC_KEY", alipay.keys().platformPublicKey());
        return environment;
    }

    /**
     * Where the pay service refunds (mutual TLS against this sandbox) and with what, as its environment says; nothing
     * before the sandbox listens, since its secapi port is chosen at start.
     */
    private Map<String, String> merchantCertificateEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        if (!isStarted()) {
            return environment;
        }
        SandboxCertificates certificates = certificates();
        environment.put("SHOP_WXPAY_SECAPI_BASE_URL", secapiBaseUrl());
        environment.put("SHOP_WXPAY_CERT_PATH", certificates.merchantKeyStore().toString());
        environment.put("SHOP_WXPAY_CERT_PASSWORD", certificates.merchantKeyStorePassword());
        environment.put("SHOP_WXPAY_TRUST_CA_PATH", certificates.authorityPem().toString());
        return environment;
    }

    public MerchantAccount merchant() {
        return merchant;
    }
}
