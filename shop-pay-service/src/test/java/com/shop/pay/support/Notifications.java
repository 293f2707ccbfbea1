package com.shop.pay.support;

import com.shop.pay.gateway.SignType;
import com.shop.pay.gateway.WechatPaySignature;
import com.shop.pay.gateway.WechatPayXml;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Payment notifications as the platform signs them, or as a forger would make them. */
public final class Notifications {

    public static final String APP_ID = "wxd930ea5d5a258f4f";
    public static final String MCH_ID = "10000100";
    public static final String KEY = "192006250b4c09247ec02edce69f6a2d";

    private Notifications() {}

    public static Map<String, String> paid(long payId, long totalFen) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("return_code", "SUCCESS");
        fields.put("result_code", "SUCCESS");
        fields.put("appid", APP_ID);
        fields.put("mch_id", MCH_ID);
        fields.put("nonce_str", UUID.randomUUID().toString().replace("-", ""));
        fields.put("openid", "oTestPayer");
        fields.put("trade_type", "NATIVE");
        fields.put("total_fee", Long.toString(totalFen));
        fields.put("transaction_id", "4200000" + payId);
        fields.put("out_trade_no", Long.toString(payId));
        fields.put("time_end", "20261201120000");
        return fields;
    }

    /** A failed attempt to pay the trade: return_code SUCCESS, result_code FAIL, the payer's balance too low. */
    public static Map<String, String> failed(long payId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("return_code", "SUCCESS");
        fields.put("result_code", "FAIL");
        fields.put("err_code", "NOTENOUGH");
        fields.put("err_code_des", "余额不足");
        fields.put("appid", APP_ID);
        fields.put("mch_id", MCH_ID);
        fields.put("nonce_str", UUID.randomUUID().toString().replace("-", ""));
        fields.put("out_trade_no", Long.toString(payId));
        return fields;
    }

    public static String signed(Map<String, String> fields, SignType type, String key) {
        Map<String, String> signed = new LinkedHashMap<>(fields);
        if (type == SignType.HMAC_SHA256) {
            signed.put("sign_type", type.fieldValue());
        }
        signed.put("sign", new WechatPaySignature(key).sign(signed, type));
        return WechatPayXml.write(signed);
    }

    public static String signed(Map<String, String> fields) {
        return signed(fields, SignType.MD5, KEY);
    }
}
