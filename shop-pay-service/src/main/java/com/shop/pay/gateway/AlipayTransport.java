package com.shop.pay.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.pay.domain.Fen;
import com.shop.pay.domain.PaymentGatewayException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How every Alipay open API call is made: the common parameters and {@code biz_content} signed with the merchant's
 * private key (RSA2) and posted as a form; the answer believed only once the signature of its
 * {@code <method>_response} member verifies with Alipay's public key. Without both keys nothing is sent.
 */
final class AlipayTransport {

    static final String SUCCESS_CODE = "10000";
    private static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter PLATFORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AlipayProperties properties;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final HttpClient http;

    /** @throws IllegalArgumentException a key is set but is not one */
    AlipayTransport(AlipayProperties properties) {
        this.properties = properties;
        this.privateKey =
                properties.getPrivateKey().isBlank() ? null : AlipayRsa2.privateKey(properties.getPrivateKey());
        this.publicKey = properties.getPublicKey().isBlank() ? null : AlipayRsa2.publicKey(properties.getPublicKey());
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.getConnectTimeout())
                .build();
    }

    boolean configured() {
        return privateKey != null && publicKey != null;
    }

    PublicKey platformKey() {
        requireConfigured();
        return publicKey;
    }

    String appId() {
        return properties.getAppId();
    }

    /**
     * Signs and posts a call; returns its {@code <method>_response} member once its signature verified, whether the
     * platform did what was asked ({@link Answer#succeeded}) or refused it.
     */
    Answer call(String method, Map<String, String> bizContent, Map<String, String> commonExtras) {
        requireConfigured();
        Map<String, String> request = new LinkedHashMap<>();
        request.put("app_id", properties.getAppId());
        request.put("method", method);
        request.put("format", "JSON");
        request.put("charset", "utf-8");
        request.put(AlipayRsa2.SIGN_TYPE, "RSA2");
        request.put("timestamp", PLATFORM_TIME.format(LocalDateTime.now(PLATFORM_ZONE)));
        request.put("version", "1.0");
        request.putAll(commonExtras);
        request.put("biz_content", json(bizContent));
        request.put(AlipayRsa2.SIGN, AlipayRsa2.sign(AlipayRsa2.content(request, Set.of(AlipayRsa2.SIGN)), privateKey));
        String body = post(method, request);
        String member = method.replace('.', '_') + "_response";
        JsonNode answer = read(method, body, member);
        return new Answer(answer);
    }

    private void requireConfigured() {
        if (!configured()) {
            throw new PaymentGatewayException(
                    "Alipay is not configured: SHOP_ALIPAY_PRIVATE_KEY and " + "SHOP_ALIPAY_PUBLIC_KEY are needed");
        }
    }

    /** The member that answers the method (or Alipay's {@code error_response}), its signature checked. */
    private JsonNode read(String method, String body, String member) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new PaymentGatewayException(method + " answered something that is not JSON", e);
        }
        String name = root.has(member) ? member : "error_response";
        JsonNode answer = root.get(name);
        if (answer == null || !answer.isObject()) {
            throw new PaymentGatewayException(method + " answered without " + member);
        }
        String signed = signedText(body, name);
        if (signed == null
                || !AlipayRsa2.verify(signed, root.path(AlipayRsa2.SIGN).asText(null), publicKey)) {
            throw new PaymentGatewayException(method + " answered without a signature that verifies: "
                    + answer.path("code").asText() + " "
                    + answer.path("sub_code").asText());
        }
        return answer;
    }

    /**
     * The member's JSON text as sent, which is what Alipay signs: from after {@code "<name>":} to the comma before
     * {@code "sign"}, which Alipay writes last. Null when the body is not laid out so.
     */
    static String signedText(String body, String name) {
        int key = body.indexOf('"' + name + '"');
        int sign = body.lastIndexOf("\"" + AlipayRsa2.SIGN + "\"");
        if (key < 0 || sign < key) {
            return null;
        }
        int colon = body.indexOf(':', key + name.length() + 2);
        int comma = body.lastIndexOf(',', sign);
        if (colon < 0 || comma < colon) {
            return null;
        }
        return body.substring(colon + 1, comma).strip();
    }

    private String post(String method, Map<String, String> request) {
        String form = request.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest post = HttpRequest.newBuilder(URI.create(properties.getGatewayUrl()))
                .timeout(properties.getRequestTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new PaymentGatewayException(method + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new PaymentGatewayException(method + " could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentGatewayException(method + " was interrupted", e);
        }
    }

    private static String json(Map<String, String> bizContent) {
        try {
            return JSON.writeValueAsString(bizContent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("biz_content cannot be written", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Yuan as Alipay writes them ({@code "40.00"}), in fen. */
    static long fen(String yuan, String name) {
        if (yuan == null || yuan.isEmpty()) {
            throw new PaymentGatewayException("the platform's message has no " + name);
        }
        try {
            return Fen.of(new BigDecimal(yuan));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new PaymentGatewayException(name + " is not an amount in fen: " + yuan, e);
        }
    }

    /** Yuan as Alipay wants them: two decimals. */
    static String yuan(long fen) {
        return Fen.toYuan(fen).toPlainString();
    }

    /** Alipay's local time; when it is missing or garbled, the time it was read is close enough. */
    static Instant platformTime(String value) {
        if (value == null || value.isEmpty()) {
            return Instant.now();
        }
        try {
            return LocalDateTime.parse(value, PLATFORM_TIME)
                    .atZone(PLATFORM_ZONE)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }

    /** A verified answer: code 10000 when the platform did what was asked, else its refusal's sub_code. */
    record Answer(JsonNode fields) {

        boolean succeeded() {
            return SUCCESS_CODE.equals(text("code"));
        }

        String subCode() {
            return text("sub_code");
        }

        /** The field's text; null when it is absent or empty. */
        String text(String name) {
            JsonNode value = fields.get(name);
            return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
        }

        String required(String name) {
            String value = text(name);
            if (value == null) {
                throw new PaymentGatewayException("the platform's answer has no " + name);
            }
            return value;
        }

        PaymentGatewayException refused(String what) {
            return new PaymentGatewayException(
                    what + " refused: " + text("code") + " " + text("sub_code") + " " + text("sub_msg"));
        }
    }
}
