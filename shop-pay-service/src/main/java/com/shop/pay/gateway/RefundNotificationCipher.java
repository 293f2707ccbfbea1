package com.shop.pay.gateway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code req_info} of a refund notification: Base64 of AES-256-ECB (PKCS#7 padding) under the lower-case hex MD5 of
 * the merchant key. Only the platform, which shares the key, can write one that decrypts.
 */
final class RefundNotificationCipher {

    private static final String TRANSFORMATION = "AES/ECB/PKCS5Padding";

    private final SecretKeySpec key;

    RefundNotificationCipher(String merchantKey) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(merchantKey.getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(HexFormat.of().formatHex(md5).getBytes(StandardCharsets.US_ASCII), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }

    /** @throws IllegalArgumentException when it is not Base64 or does not decrypt under the key */
    String decrypt(String reqInfo) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key);
            return new String(cipher.doFinal(Base64.getDecoder().decode(reqInfo.strip())), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("req_info does not decrypt under the merchant key", e);
        }
    }

    String encrypt(String text) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key);
            return Base64.getEncoder().encodeToString(cipher.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot encrypt with AES-256", e);
        }
    }
}
