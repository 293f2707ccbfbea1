package com.shop.devstack.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The refund notification the platform posts: not signed, but its details ({@code req_info}) encrypted with
 * AES-256-ECB (PKCS#7 padding) under the lower-case hex MD5 of the merchant key, then Base64, so only the merchant can
 * read them and only the platform can have written them.
 */
final class RefundNotification {

    private RefundNotification() {}

    static String of(MerchantAccount merchant, TradeSnapshot trade, Refund refund) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("transaction_id", trade.transactionId());
        details.put("out_trade_no", trade.outTradeNo());
        details.put("refund_id", refund.refundId());
        details.put("out_refund_no", refund.outRefundNo());
        details.put("total_fee", Long.toString(trade.totalFee()));
        details.put("refund_fee", Long.toString(refund.refundFee()));
        details.put("settlement_refund_fee", Long.toString(refund.refundFee()));
        details.put("refund_status", refund.state().name());
        if (refund.successTime() != null) {
            details.put("success_time", refund.successTime());
        }
        details.put("refund_recv_accout", "支付用户零钱");
        details.put("refund_account", "REFUND_SOURCE_RECHARGE_FUNDS");
        details.put("refund_request_source", "API");
        Map<String, String> message = new LinkedHashMap<>();
        message.put("return_code", "SUCCESS");
        message.put("appid", merchant.appId());
        message.put("mch_id", merchant.mchId());
        message.put("nonce_str", RandomIds.nonce());
        message.put(
                "req_info",
                encrypt(
                        WxPayXml.write(details).replace("<xml>", "<root>").replace("</xml>", "</root>"),
                        merchant.key()));
        return WxPayXml.write(message);
    }

    static String encrypt(String text, String merchantKey) {
        try {
            Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keyOf(merchantKey), "AES"));
            return Base64.getEncoder().encodeToString(cipher.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot encrypt with AES-256", e);
        }
    }

    private static byte[] keyOf(String merchantKey) throws GeneralSecurityException {
        byte[] md5 = MessageDigest.getInstance("MD5").digest(merchantKey.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md5).getBytes(StandardCharsets.US_ASCII);
    }
}
