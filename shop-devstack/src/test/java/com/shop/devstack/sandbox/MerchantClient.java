package com.shop.devstack.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;

/** The merchant's side of the protocol, as a test drives it: signed XML requests and the sandbox's control API. */
final class MerchantClient {

    private final String baseUrl;
    private final String secapiBaseUrl;
    private final MerchantAccount merchant;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final HttpClient secapi;

    /** A merchant presenting the certificate the sandbox issued it on {@code /secapi/}. */
    MerchantClient(PaymentSandbox sandbox, MerchantAccount merchant) {
        this(sandbox, merchant, sandbox.certificates().merchantContext());
    }

    /** A client presenting what the TLS context holds on {@code /secapi/}. */
    MerchantClient(PaymentSandbox sandbox, MerchantAccount merchant, SSLContext secapiTls) {
        this.baseUrl = sandbox.baseUrl();
        this.secapiBaseUrl = sandbox.secapiBaseUrl();
        this.merchant = merchant;
        this.secapi = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(secapiTls)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A NATIVE unified order, signed with MD5. */
    Map<String, String> unifiedOrder(String outTradeNo, long totalFee, String notifyUrl) {
        return call("/pay/unifiedorder", orderFields(outTradeNo, totalFee, notifyUrl), SignType.MD5);
    }

    static Map<String, String> orderFields(String outTradeNo, long totalFee, String notifyUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("body", "shop order " + outTradeNo);
        fields.put("out_trade_no", outTradeNo);
        fields.put("total_fee", Long.toString(totalFee));
        fields.put("spbill_create_ip", "127.0.0.1");
        fields.put("notify_url", notifyUrl);
        fields.put("trade_type", "NATIVE");
        return fields;
    }

    Map<String, String> query(String outTradeNo) {
        return call("/pay/orderquery", Map.of("out_trade_no", outTradeNo), SignType.MD5);
    }

    Map<String, String> close(String outTradeNo) {
        return call("/pay/closeorder", Map.of("out_trade_no", outTradeNo), SignType.MD5);
    }

    Map<String, String> refund(String outTradeNo, String outRefundNo, long totalFee, long refundFee) {
        return refund(outTradeNo, outRefundNo, totalFee, refundFee, null);
    }

    /** Over mutual TLS; the outcome is notified to the URL, when there is one. */
    Map<String, String> refund(String outTradeNo, String outRefundNo, long totalFee, long refundFee, String notifyUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("out_trade_no", outTradeNo);
        fields.put("out_refund_no", outRefundNo);
        fields.put("total_fee", Long.toString(totalFee));
        fields.put("refund_fee", Long.toString(refundFee));
        if (notifyUrl != null) {
            fields.put("notify_url", notifyUrl);
        }
        String body = WxPayXml.write(signed(fields, SignType.MD5));
        return WxPayXml.parse(send(
                        secapi,
                        HttpRequest.newBuilder(URI.create(secapiBaseUrl + "/secapi/pay/refund"))
                                .header("Content-Type", "text/xml; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                .build())
                .body());
    }

    Map<String, String> refundQuery(String outRefundNo) {
        return call("/pay/refundquery", Map.of("out_refund_no", outRefundNo), SignType.MD5);
    }

    /** Signs the fields, posts them and returns the answer's fields. */
    Map<String, String> call(String path, Map<String, String> fields, SignType type) {
        return WxPayXml.parse(post(path, WxPayXml.write(signed(fields, type))).body());
    }

    /** The fields plus the merchant's ids (unless given), a nonce and the signature. */
    Map<String, String> signed(Map<String, String> fields, SignType type) {
        Map<String, String> message = new LinkedHashMap<>(fields);
        message.putIfAbsent("appid", merchant.appId());
        message.putIfAbsent("mch_id", merchant.mchId());
        message.put("nonce_str", UUID.randomUUID().toString().replace("-", ""));
        if (type == SignType.HMAC_SHA256) {
            message.put("sign_type", type.wireName());
        }
        message.put("sign", WxPaySignature.sign(message, merchant.key(), type));
        return message;
    }

    HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    /** A control endpoint: a POST without body, its parameters in the query. */
    HttpResponse<String> control(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
