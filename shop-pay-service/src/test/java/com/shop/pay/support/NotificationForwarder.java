package com.shop.pay.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * Stands in for shop-pay-web's callback in service tests: the sandbox posts notifications here, and they are handed to
 * the pay service running in the test, whose answer goes back to the sandbox. Started once per JVM, before the
 * context, so its URL can be the service's notify URL; {@link #target} is set once the service exists.
 */
public final class NotificationForwarder {

    private static NotificationForwarder started;

    private final HttpServer server;
    private volatile UnaryOperator<String> target;
    private volatile UnaryOperator<String> refundTarget;
    private volatile UnaryOperator<String> alipayTarget;

    private NotificationForwarder() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/pay/notify/wechat", exchange -> forward(exchange, target));
        server.createContext("/pay/notify/wechat/refund", exchange -> forward(exchange, refundTarget));
        // Alipay's form as posted, which is what shop-pay-web passes on
        server.createContext("/pay/notify/alipay", exchange -> forward(exchange, alipayTarget));
        server.start();
    }

    private static void forward(HttpExchange exchange, UnaryOperator<String> current) throws IOException {
        String notification = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        byte[] answer;
        int status;
        try {
            answer = (current == null ? "" : current.apply(notification)).getBytes(StandardCharsets.UTF_8);
            status = current == null ? 503 : 200;
        } catch (RuntimeException e) {
            answer = new byte[0];
            status = 503;
        }
        exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(answer);
        }
    }

    public static synchronized NotificationForwarder shared() {
        if (started == null) {
            try {
                started = new NotificationForwarder();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return started;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/pay/notify/wechat";
    }

    public String refundUrl() {
        return url() + "/refund";
    }

    public String alipayUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/pay/notify/alipay";
    }

    public void alipayTarget(UnaryOperator<String> handler) {
        this.alipayTarget = handler;
    }

    public void target(UnaryOperator<String> handler) {
        this.target = handler;
    }

    public void refundTarget(UnaryOperator<String> handler) {
        this.refundTarget = handler;
    }
}
