package com.shop.pay.gateway;

import com.shop.pay.domain.PaymentGatewayException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How every WeChat Pay v2 call is made, whichever client makes it: the request signed with the merchant key and posted
 * as XML, the answer believed only once its {@code return_code}, signature and merchant check out; and the readers of
 * the fields every message carries.
 */
final class WechatPayTransport {

    static final String SUCCESS = "SUCCESS";
    private static final SecureRandom NONCES = new SecureRandom();

    private final WechatPayProperties properties;
    private final WechatPaySignature signature;

    WechatPayTransport(WechatPayProperties properties) {
        this.properties = properties;
        this.signature = new WechatPaySignature(properties.getKey());
    }

    /** Signs and posts a request; returns an answer whose return_code, signature and merchant were checked. */
    Map<String, String> call(HttpClient http, String baseUrl, String path, Map<String, String> fields) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("appid", properties.getAppId());
        request.put("mch_id", properties.getMchId());
        request.put("nonce_str", nonce());
        if (properties.getSignType() != SignType.MD5) {
            request.put("sign_type", properties.getSignType().fieldValue());
        }
        request.putAll(fields);
        request.put(WechatPaySignature.SIGN, signature.sign(request, properties.getSignType()));
        Map<String, String> answer;
        try {
            answer = WechatPayXml.parse(post(http, baseUrl, path, WechatPayXml.write(request)));
        } catch (IllegalArgumentException e) {
            throw new PaymentGatewayException(path + " answered something that is not WeChat Pay XML", e);
        }
        if (!SUCCESS.equals(answer.get("return_code"))) {
            throw new PaymentGatewayException(path + " refused the request: " + answer.get("return_msg"));
        }
        SignType answerType = SignType.named(answer.get("sign_type")).orElse(properties.getSignType());
        if (!signature.verify(answer, answerType)) {
            throw new PaymentGatewayException(path + " answered with a signature that does not verify");
        }
        if (!ourMerchant(answer)) {
            throw new PaymentGatewayException(path + " answered for another merchant");
        }
        return answer;
    }

    /** The message names this merchant's app id and merchant id. */
    boolean ourMerchant(Map<String, String> fields) {
        return properties.getAppId().equals(fields.get("appid"))
                && properties.getMchId().equals(fields.get("mch_id"));
    }

    private String post(HttpClient http, String baseUrl, String path, String xml) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(properties.getRequestTimeout())
                .header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new PaymentGatewayException(path + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new PaymentGatewayException(path + " could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentGatewayException(path + " was interrupted", e);
        }
    }

    static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new PaymentGatewayException("the platform's message has no " + name);
        }
        return value;
    }

    static long fen(Map<String, String> fields, String name) {
        try {
            return Long.parseLong(required(fields, name));
        } catch (NumberFormatException e) {
            throw new PaymentGatewayException(name + " is not a number of fen: " + fields.get(name), e);
        }
    }

    static String nonce() {
        byte[] random = new byte[16];
        NONCES.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
