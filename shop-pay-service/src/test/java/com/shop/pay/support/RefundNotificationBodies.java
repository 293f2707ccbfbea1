package com.shop.pay.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/** Refund notifications as the platform writes them, or as a forger would, for tests to post. */
public final class RefundNotificationBodies {

    public static final String APP_ID = "wxd930ea5d5a258f4f";
    public static final String MCH_ID = "10000100";
    public static final String KEY = "192006250b4c09247ec02edce69f6a2d";

    private RefundNotificationBodies() {}

    /** A notification of the refund's outcome, its details encrypted under the given merchant key. */
    public static String of(String key, long refundId, long payId, long totalFee, long refundFee, String status) {
        String details = "<root><out_refund_no>" + refundId + "</out_refund_no><out_trade_no>" + payId
                + "</out_trade_no><refund_id>50300" + refundId + "</refund_id><total_fee>" + totalFee
                + "</total_fee><refund_fee>" + refundFee + "</refund_fee><settlement_refund_fee>" + refundFee
                + "</settlement_refund_fee><refund_status>" + status + "</refund_status></root>";
        return "<xml><return_code>SUCCESS</return_code><appid>" + APP_ID + "</appid><mch_id>" + MCH_ID
                + "</mch_id><nonce_str>8f1d3e5a</nonce_str><req_info>" + encrypt(details, key) + "</req_info></xml>";
    }

    private static String encrypt(String text, String key) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
            Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
            cipher.init(
                    Cipher.ENCRYPT_MODE,
                    new SecretKeySpec(HexFormat.of().formatHex(md5).getBytes(StandardCharsets.US_ASCII), "AES"));
            return Base64.getEncoder().encodeToString(cipher.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
