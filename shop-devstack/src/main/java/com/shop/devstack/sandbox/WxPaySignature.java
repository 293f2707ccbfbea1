package com.shop.devstack.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The WeChat Pay v2 signature: the non-empty fields but {@code sign}, sorted by name, joined as {@code k=v&k=v},
 * followed by {@code &key=<merchant key>}, then MD5 or HMAC-SHA256 (keyed with the merchant key) in upper-case hex.
 */
final class WxPaySignature {

    static final String SIGN = "sign";

    private WxPaySignature() {}

    static String sign(Map<String, String> fields, String key, SignType type) {
        byte[] text = signedText(fields, key).getBytes(StandardCharsets.UTF_8);
        byte[] digest = switch (type) {
            case MD5 -> md5(text);
            case HMAC_SHA256 -> hmacSha256(text, key);
        };
        return HexFormat.of().withUpperCase().formatHex(digest);
    }

    /** Whether the message's {@code sign} field is its signature with this key. */
    static boolean matches(Map<String, String> fields, String key, SignType type) {
        String sign = fields.get(SIGN);
        if (sign == null || sign.isEmpty()) {
            return false;
        }
        // constant time, so a forger learns nothing from how long the comparison took
        return MessageDigest.isEqual(
                sign(fields, key, type).getBytes(StandardCharsets.US_ASCII),
                sign.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static String signedText(Map<String, String> fields, String key) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fields).forEach((name, value) -> {
            if (!SIGN.equals(name) && value != null && !value.isEmpty()) {
                text.append(name).append('=').append(value).append('&');
            }
        });
        return text.append("key=").append(key).toString();
    }

    private static byte[] md5(byte[] text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always provides MD5", e);
        }
    }

    private static byte[] hmacSha256(byte[] text, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always provides HmacSHA256", e);
        }
    }
}
