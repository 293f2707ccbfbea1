package com.shop.pojo.pay;

import java.io.Serial;
import java.io.Serializable;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * What a page inside WeChat passes to the payment call ({@code WeixinJSBridge getBrandWCPayRequest}) to pay a JSAPI
 * trade, signed by the merchant: {@code paySign} covers the other five, so the page cannot change them.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class JsapiPayParameters implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private String appId;
    /** Seconds since the epoch, as a string. */
    private String timeStamp;

    private String nonceStr;
    /** {@code prepay_id=<the trade's prepay id>}. */
    private String packageValue;
    /** {@code MD5} or {@code HMAC-SHA256}, the merchant's signature algorithm. */
    private String signType;

    private String paySign;
}
