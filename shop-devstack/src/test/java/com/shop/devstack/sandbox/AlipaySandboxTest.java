package com.shop.devstack.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.alibaba.fastjson2.JSON;
import com.alibaba.fastjson2.JSONObject;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Alipay sandbox over loopback HTTP, with a merchant signing with the keys it was handed. */
class AlipaySandboxTest {

    private static final double FAST = 0.00001;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final BlockingQueue<Map<String, String>> NOTIFICATIONS = new LinkedBlockingQueue<>();
    private static final AtomicInteger FAILURES_TO_ANSWER = new AtomicInteger();

    /** One sandbox for the class: its keys take a while to make. Each test uses trade numbers of its own. */
    private static PaymentSandbox sandbox;

    private static PrivateKey merchantKey;
    private static PublicKey platformKey;
    private static HttpServer receiver;

    @BeforeAll
    static void start() throws Exception {
        sandbox = new PaymentSandbox(0, MerchantAccount.DEVELOPMENT, FAST);
        sandbox.start();
        AlipayKeys keys = sandbox.alipay().keys();
        merchantKey = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(keys.merchantPrivateKey())));
        platformKey = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(keys.platformPublicKey())));
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/pay/notify/alipay", exchange -> {
            NOTIFICATIONS.add(form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] answer =
                    (FAILURES_TO_ANSWER.getAndDecrement() > 0 ? "failure" : "success").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        sandbox.stop();
        receiver.stop(0);
    }

    @BeforeEach
    void deliverAndForget() throws Exception {
        control("/alipay/sandbox/notifications?mode=deliver");
        NOTIFICATIONS.clear();
        FAILURES_TO_ANSWER.set(0);
    }

    @Test
    void aPrecreatedTradeIsPaidAndNotifiedSignedUntilAcknowledged() throws Exception {
        FAILURES_TO_ANSWER.set(2);
        JSONObject precreated = call(
                "alipay.trade.precreate",
                Map.of("out_trade_no", "1001", "total_amount", "88.80", "subject", "shop order"));
        assertThat(precreated.getString("code")).isEqualTo("10000");
        assertThat(precreated.getString("qr_code")).startsWith("https://qr.alipay.com/");
        assertThat(call("alipay.trade.query", Map.of("out_trade_no", "1001")).getString("trade_status"))
                .isEqualTo("WAIT_BUYER_PAY");

        assertThat(control("/alipay/sandbox/pay?qr_code="
                        + URLEncoder.encode(precreated.getString("qr_code"), StandardCharsets.UTF_8)))
                .isEqualTo(200);

        Map<String, String> first = NOTIFICATIONS.poll(10, TimeUnit.SECONDS);
        assertThat(first)
                .containsEntry("out_trade_no", "1001")
                .containsEntry("trade_status", "TRADE_SUCCESS")
                .containsEntry("total_amount", "88.80")
                .containsEntry("app_id", AlipaySandbox.DEVELOPMENT_APP_ID)
                .containsEntry("sign_type", "RSA2");
        assertThat(AlipaySignature.verify(
                        AlipaySignature.content(first, Set.of("sign", "sign_type")), first.get("sign"), platformKey))
                .isTrue();
        assertThat(NOTIFICATIONS.poll(10, TimeUnit.SECONDS))
                .as("again after failure")
                .isNotNull();
        assertThat(NOTIFICATIONS.poll(10, TimeUnit.SECONDS))
                .as("again after failure")
                .isNotNull();
        assertThat(NOTIFICATIONS.poll(500, TimeUnit.MILLISECONDS))
                .as("not after success")
                .isNull();
        JSONObject queried = call("alipay.trade.query", Map.of("out_trade_no", "1001"));
        assertThat(queried.getString("trade_status")).isEqualTo("TRADE_SUCCESS");
        assertThat(queried.getString("trade_no")).isEqualTo(first.get("trade_no"));
        assertThat(queried.getString("send_pay_date")).isNotEmpty();
    }

    @Test
    void aRequestNotSignedByTheMerchantIsRefused() throws Exception {
        Map<String, String> request = request("alipay.trade.query", Map.of("out_trade_no", "1002"));
        request.put("biz_content", "{\"out_trade_no\":\"1003\"}");

        JSONObject answer = post(request, "alipay_trade_query_response");

        assertThat(answer.getString("code")).isEqualTo("40002");
        assertThat(answer.getString("sub_code")).isEqualTo("isv.invalid-signature");
    }

    @Test
    void closeRefundAndRefundQueryAnswerAsAlipayDoes() throws Exception {
        call("alipay.trade.precreate", Map.of("out_trade_no", "1004", "total_amount", "10.00", "subject", "s"));
        call("alipay.trade.precreate", Map.of("out_trade_no", "1005", "total_amount", "10.00", "subject", "s"));
        assertThat(call("alipay.trade.query", Map.of("out_trade_no", "1999")).getString("sub_code"))
                .isEqualTo("ACQ.TRADE_NOT_EXIST");

        assertThat(call("alipay.trade.close", Map.of("out_trade_no", "1004")).getString("code"))
                .isEqualTo("10000");
        assertThat(call("alipay.trade.close", Map.of("out_trade_no", "1004")).getString("sub_code"))
                .isEqualTo("ACQ.TRADE_STATUS_ERROR");
        assertThat(control("/alipay/sandbox/pay?out_trade_no=1004")).isEqualTo(409);

        control("/alipay/sandbox/notifications?mode=drop");
        assertThat(control("/alipay/sandbox/pay?out_trade_no=1005")).isEqualTo(200);
        Map<String, String> refund = Map.of("out_trade_no", "1005", "refund_amount", "10.00", "out_request_no", "r1");
        JSONObject refunded = call("alipay.trade.refund", refund);
        assertThat(refunded.getString("fund_change")).isEqualTo("Y");
        assertThat(refunded.getString("refund_fee")).isEqualTo("10.00");
        assertThat(call("alipay.trade.refund", refund).getString("fund_change"))
                .as("the same request")
                .isEqualTo("N");
        assertThat(call(
                                "alipay.trade.refund",
                                Map.of("out_trade_no", "1005", "refund_amount", "0.01", "out_request_no", "r2"))
                        .getString("sub_code"))
                .isEqualTo("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL");
        assertThat(call("alipay.trade.fastpay.refund.query", Map.of("out_trade_no", "1005", "out_request_no", "r1"))
                        .getString("refund_status"))
                .isEqualTo("REFUND_SUCCESS");
        assertThat(call("alipay.trade.fastpay.refund.query", Map.of("out_trade_no", "1005", "out_request_no", "r2"))
                        .containsKey("refund_status"))
                .isFalse();
        assertThat(call("alipay.trade.query", Map.of("out_trade_no", "1005")).getString("trade_status"))
                .isEqualTo("TRADE_CLOSED");
        assertThat(NOTIFICATIONS).isEmpty();
    }

    private static JSONObject call(String method, Map<String, String> biz) throws Exception {
        return post(request(method, biz), method.replace('.', '_') + "_response");
    }

    private static Map<String, String> request(String method, Map<String, String> biz) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("app_id", AlipaySandbox.DEVELOPMENT_APP_ID);
        request.put("method", method);
        request.put("format", "JSON");
        request.put("charset", "utf-8");
        request.put("sign_type", "RSA2");
        request.put("timestamp", "2026-12-01 12:00:00");
        request.put("version", "1.0");
        request.put("notify_url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/pay/notify/alipay");
        request.put("biz_content", JSON.toJSONString(biz));
        request.put("sign", AlipaySignature.sign(AlipaySignature.content(request, Set.of("sign")), merchantKey));
        return request;
    }

    /** Posts the form; the answer's member, once its signature verified with the platform's key. */
    private static JSONObject post(Map<String, String> request, String member) throws Exception {
        String form = request.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(sandbox.alipayGatewayUrl()))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body();
        String prefix = "{\"" + member + "\":";
        assertThat(body).startsWith(prefix);
        String signed = body.substring(prefix.length(), body.lastIndexOf(",\"sign\":"));
        assertThat(AlipaySignature.verify(signed, JSON.parseObject(body).getString("sign"), platformKey))
                .isTrue();
        return JSON.parseObject(signed);
    }

    private static int control(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + pathAndQuery))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            fields.put(
                    URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
