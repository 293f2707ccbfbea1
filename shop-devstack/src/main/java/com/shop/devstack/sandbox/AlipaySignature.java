package com.shop.devstack.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Alipay's RSA2 signatures, the platform's side: SHA256withRSA over a text, Base64. A request's text is every
 * non-empty parameter but {@code sign}, sorted by name, as {@code k=v&...}; a notification's leaves out
 * {@code sign_type} too; an answer's is the JSON of its {@code <method>_response} member, exactly as written.
 */
final class AlipaySignature {

    static final String ALGORITHM = "SHA256withRSA";

    private AlipaySignature() {}

    /** The signed text of parameters, without the ones named. */
    static String content(Map<String, String> parameters, Set<String> excluded) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!excluded.contains(name) && value != null && !value.isEmpty()) {
                text.append(text.isEmpty() ? "" : "&").append(name).append('=').append(value);
            }
        });
        return text.toString();
    }

    static String sign(String content, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA2 signing failed", e);
        }
    }

    /** False for a signature that is missing, not Base64, or not of this content by this key's owner. */
    static boolean verify(String content, String sign, PublicKey key) {
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
}
