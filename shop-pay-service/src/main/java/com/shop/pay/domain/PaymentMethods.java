package com.shop.pay.domain;

import com.shop.api.exception.InvalidRequestException;
import com.shop.pojo.pay.PayChannel;
import com.shop.pojo.pay.PaymentMethod;
import com.shop.pojo.pay.TradeType;
import java.util.regex.Pattern;

/** The methods a payment may be opened by, with the defaults filled in; anything else is refused before it is written. */
public final class PaymentMethods {

    /**
     * An openid as WeChat issues them (28 characters of letters, digits, {@code -} and {@code _}), with room for other
     * lengths up to what is stored.
     */
    private static final Pattern OPEN_ID = Pattern.compile("[A-Za-z0-9_-]{6,128}");

    private PaymentMethods() {}

    /**
     * @throws InvalidRequestException JSAPI without a well-formed openid, an openid with another trade type, or JSAPI
     *                                 at Alipay
     */
    public static PaymentMethod checked(PaymentMethod asked) {
        PaymentMethod method = asked == null ? new PaymentMethod() : asked;
        PayChannel channel = method.getChannel() == null ? PayChannel.WECHAT : method.getChannel();
        TradeType tradeType = method.getTradeType() == null ? TradeType.NATIVE : method.getTradeType();
        String openId = method.getOpenId();
        if (tradeType == TradeType.JSAPI
                && (openId == null || !OPEN_ID.matcher(openId).matches())) {
            throw new InvalidRequestException(
                    "a JSAPI payment needs the payer's openId (6 to 128 letters, digits, " + "'-' or '_')");
        }
        if (tradeType != TradeType.JSAPI && openId != null) {
            throw new InvalidRequestException("openId is only for a JSAPI payment");
        }
        if (channel == PayChannel.ALIPAY && tradeType != TradeType.NATIVE) {
            throw new InvalidRequestException(
                    "an Alipay payment is a QR code to scan: tradeType NATIVE, not " + tradeType);
        }
        return PaymentMethod.builder()
                .channel(channel)
                .tradeType(tradeType)
                .openId(openId)
                .build();
    }
}
