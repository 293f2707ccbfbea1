package com.shop.pay.gateway;

import com.shop.pay.domain.JsapiSigner;
import com.shop.pojo.pay.JsapiPayParameters;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSAPI payment parameters of WeChat Pay v2: {@code appId}, {@code timeStamp}, {@code nonceStr},
 * {@code package} ({@code prepay_id=...}) and {@code signType}, signed by the rule of every v2 message (sorted by name,
 * {@code &key=<merchant key>}, MD5 or HMAC-SHA256 as {@code signType} says) into {@code paySign}. The names are the
 * page's, case and all: the platform signs them so.
 */
public class WechatJsapiSigner implements JsapiSigner {

    private final WechatPayProperties properties;
    private final WechatPaySignature signature;
    private final Clock clock;

    public WechatJsapiSigner(WechatPayProperties properties, Clock clock) {
        this.properties = properties;
        this.signature = new WechatPaySignature(properties.getKey());
        this.clock = clock;
    }

    @Override
    public JsapiPayParameters sign(String prepayId) {
        SignType type = properties.getSignType();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("appId", properties.getAppId());
        fields.put("timeStamp", Long.toString(clock.instant().getEpochSecond()));
        fields.put("nonceStr", WechatPayTransport.nonce());
        fields.put("package", "prepay_id=" + prepayId);
        fields.put("signType", type.fieldValue());
        return JsapiPayParameters.builder()
                .appId(fields.get("appId"))
                .timeStamp(fields.get("timeStamp"))
                .nonceStr(fields.get("nonceStr"))
                .packageValue(fields.get("package"))
                .signType(fields.get("signType"))
                .paySign(signature.sign(fields, type))
                .build();
    }
}
