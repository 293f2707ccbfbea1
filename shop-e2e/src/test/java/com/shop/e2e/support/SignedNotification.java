package com.shop.e2e.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A payment platform notification as a test forges or replays it: WeChat Pay v2 XML, signed (MD5) with the key the
 * sandbox and the pay service share by default, or deliberately tampered with.
 */
public final class SignedNotification {

    public static final String APP_ID = "wxd930ea5d5a258f4f";
    public static final String MCH_ID = "10000100";
    public static final String KEY = "192006250b4c09247ec02edce69f6a2d";

    private final Map<String, String> fields = new TreeMap<>();

    private SignedNotification() {}

    /** A success notification of the trade, for its amount in fen. */
    public static SignedNotification paid(String outTradeNo, long totalFen, String transactionId) {
        SignedNotification notification = new SignedNotification();
        notification.fields.put("return_code", "SUCCESS");
        notification.fields.put("result_code", "SUCCESS");
        notification.fields.put("appid", APP_ID);
        notification.fields.put("mch_id", MCH_ID);
        notification.fields.put("nonce_str", UUID.randomUUID().toString().replace("-", ""));
        notification.fields.put("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
        notification.fields.put("trade_type", "NATIVE");
        notification.fields.put("bank_type", "CMC");
        notification.fields.put("total_fee", Long.toString(totalFen));
        notification.fields.put("cash_fee", Long.toString(totalFen));
        notification.fields.put("transaction_id", transactionId);
        notification.fields.put("out_trade_no", outTradeNo);
        notification.fields.put("time_end", "20261122120000");
        return notification;
    }

    /** A failure notification of the trade: the payer's attempt failed (result_code FAIL), nothing was paid. */
    public static SignedNotification failed(String outTradeNo, String errCode, String errCodeDes) {
        SignedNotification notification = new SignedNotification();
        notification.fields.put("return_code", "SUCCESS");
        notification.fields.put("result_code", "FAIL");
        notification.fields.put("err_code", errCode);
        notification.fields.put("err_code_des", errCodeDes);
        notification.fields.put("appid", APP_ID);
        notification.fields.put("mch_id", MCH_ID);
        notification.fields.put("nonce_str", UUID.randomUUID().toString().replace("-", ""));
        notification.fields.put("out_trade_no", outTradeNo);
        return notification;
    }

    /** Changes a field after nothing, or before signing. */
    public SignedNotification with(String field, String value) {
        fields.put(field, value);
        return this;
    }

    /** The XML signed with the shared key. */
    public String signed() {
        return xml(sign(KEY));
    }

    /** The XML signed with another key: a forgery. */
    public String signedWith(String key) {
        return xml(sign(key));
    }

    /** The XML signed, then one field changed: tampered in transit. */
    public String signedThenTampered(String field, String value) {
        String sign = sign(KEY);
        Map<String, String> tampered = new TreeMap<>(fields);
        tampered.put(field, value);
        return xml(tampered, sign);
    }

    private String sign(String key) {
        StringBuilder text = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!value.isEmpty()) {
                text.append(name).append('=').append(value).append('&');
            }
        });
        text.append("key=").append(key);
        try {
            byte[] digest =
                    MessageDigest.getInstance("MD5").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String xml(String sign) {
        return xml(fields, sign);
    }

    private static String xml(Map<String, String> fields, String sign) {
        StringBuilder xml = new StringBuilder("<xml>");
        fields.forEach((name, value) -> xml.append('<')
                .append(name)
                .append("><![CDATA[")
                .append(value)
                .append("]]></")
                .append(name)
                .append('>'));
        xml.append("<sign><![CDATA[").append(sign).append("]]></sign></xml>");
        return xml.toString();
    }
}
