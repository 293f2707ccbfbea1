package com.shop.pojo.pay;

import java.io.Serial;
import java.io.Serializable;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * How a payment is to be made: the platform, and at WeChat Pay the trade type with, for JSAPI, the payer's openid under
 * our app id. Null fields mean the defaults: WeChat Pay, NATIVE.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class PaymentMethod implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private PayChannel channel;
    private TradeType tradeType;
    /** The JSAPI payer's openid; required for JSAPI, refused with any other trade type. */
    private String openId;

    /** A QR code to scan at WeChat Pay: what a payment is when nothing else was asked for. */
    public static PaymentMethod wechatNative() {
        return PaymentMethod.builder()
                .channel(PayChannel.WECHAT)
                .tradeType(TradeType.NATIVE)
                .build();
    }
}
