package com.shop.e2e.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The paySign a page inside WeChat sends with a JSAPI payment, as WeChat Pay v2 checks it: appId, nonceStr, package,
 * signType and timeStamp sorted, {@code &key=} the merchant key, MD5 or HMAC-SHA256 as signType says, upper-case hex.
 */
public final class JsapiSignature {

    private JsapiSignature() {}

    /** The paySign of the five fields under the key the sandbox and the pay service share by default. */
    public static String of(String appId, String timeStamp, String nonceStr, String packageValue, String signType) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(Map.of(
                        "appId",
                        appId,
                        "timeStamp",
                        timeStamp,
                        "nonceStr",
                        nonceStr,
                        "package",
                        packageValue,
                        "signType",
                        signType))
                .forEach((name, value) ->
                        text.append(name).append('=').append(value).append('&'));
        byte[] signed =
                text.append("key=").append(SignedNotification.KEY).toString().getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest;
            if ("HMAC-SHA256".equals(signType)) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(SignedNotification.KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                digest = mac.doFinal(signed);
            } else {
                digest = MessageDigest.getInstance("MD5").digest(signed);
            }
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
