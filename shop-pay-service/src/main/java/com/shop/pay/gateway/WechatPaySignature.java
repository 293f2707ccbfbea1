package com.shop.pay.gateway;

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
 * The WeChat Pay v2 signature: every non-empty field but {@code sign}, sorted by name, joined as {@code k=v&...},
 * followed by {@code &key=<merchant key>}, then MD5 or HMAC-SHA256 (keyed with the merchant key), upper-case hex.
 */
public final class WechatPaySignature {

    public static final String SIGN = "sign";

    private final byte[] key;
    private final String keyText;

    public WechatPaySignature(String merchantKey) {
        this.keyText = merchantKey;
        this.key = merchantKey.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(Map<String, String> fields, SignType type) {
        byte[] text = signedText(fields).getBytes(StandardCharsets.UTF_8);
        byte[] digest = switch (type) {
            case MD5 -> md5(text);
            case HMAC_SHA256 -> hmacSha256(text);
        };
        return HexFormat.of().withUpperCase().formatHex(digest);
    }

    /** Compares in constant time, so the comparison tells a forger nothing about how close the guess was. */
    public boolean verify(Map<String, String> fields, SignType type) {
        String claimed = fields.get(SIGN);
        if (claimed == null || claimed.isEmpty()) {
            return false;
        }
        byte[] expected = sign(fields, type).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, claimed.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private String signedText(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fields).forEach((name, value) -> {
            if (!SIGN.equals(name) && value != null && !value.isEmpty()) {
                text.append(name).append('=').append(value).append('&');
            }
        });
        return text.append("key=").append(keyText).toString();
    }

    private static byte[] md5(byte[] text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }

    private byte[] hmacSha256(byte[] text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HMAC-SHA256", e);
        }
    }
}
