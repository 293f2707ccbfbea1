package com.shop.devstack.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The merchant's notify URL: records each notification and answers as scripted, SUCCESS once the script is done.
 */
final class NotifyReceiver implements AutoCloseable {

    static final String SUCCESS =
            "<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]>" + "</return_msg></xml>";
    static final String FAIL =
            "<xml><return_code><![CDATA[FAIL]]></return_code><return_msg><![CDATA[busy]]>" + "</return_msg></xml>";

    record Answer(int status, String body) {}

    private final HttpServer server;
    private final BlockingQueue<Map<String, String>> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();

    NotifyReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/pay/notify/wechat", exchange -> {
            received.add(WxPayXml.parse(exchange.getRequestBody().readAllBytes()));
            Answer answer = script.poll();
            if (answer == null) {
                answer = new Answer(200, SUCCESS);
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/pay/notify/wechat";
    }

    /** The next answers, in order. */
    void answer(Answer... answers) {
        script.addAll(List.of(answers));
    }

    /** The next notification, or null if none comes in time. */
    Map<String, String> next(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int count() {
        return received.size();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
