package com.shop.pay.gateway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Alipay's RSA2 signature: SHA256withRSA, Base64. What is signed is a request's parameters but {@code sign} (a
 * notification's but {@code sign} and {@code sign_type}), non-empty ones only, sorted by name, as {@code k=v&...};
 * an answer's is the JSON text of its {@code <method>_response} member exactly as sent.
 */
public final class AlipayRsa2 {

    public static final String SIGN = "sign";
    public static final String SIGN_TYPE = "sign_type";
    private static final String ALGORITHM = "SHA256withRSA";

    private AlipayRsa2() {}

    /** The text of the parameters that is signed, without those named. */
    public static String content(Map<String, String> parameters, Set<String> excluded) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!excluded.contains(name) && value != null && !value.isEmpty()) {
                text.append(text.isEmpty() ? "" : "&").append(name).append('=').append(value);
            }
        });
        return text.toString();
    }

    public static String sign(String content, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA2 signing failed", e);
        }
    }

    /** False for a signature that is missing, not Base64, or not of this content by the key's owner. */
    public static boolean verify(String content, String sign, PublicKey key) {
        if (sign == null || sign.isEmpty()) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(sign));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** @throws IllegalArgumentException not an RSA private key in PKCS#8 */
    public static PrivateKey privateKey(String text) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(text)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key (Base64 of PKCS#8)", e);
        }
    }

    /** @throws IllegalArgumentException not an RSA public key in X.509 */
    public static PublicKey publicKey(String text) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(text)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA public key (Base64 of X.509)", e);
        }
    }

    /** The key's bytes, from Base64 with or without PEM armour and line breaks. */
    private static byte[] der(String text) {
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
