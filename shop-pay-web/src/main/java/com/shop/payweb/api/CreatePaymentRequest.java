package com.shop.payweb.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.shop.api.exception.InvalidRequestException;
import com.shop.pojo.pay.PayChannel;
import com.shop.pojo.pay.PaymentMethod;
import com.shop.pojo.pay.TradeType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The order to pay, and how. Deliberately no amount and no user: the amount is the order's as stored, the user the
 * token's.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(description = "The order to pay and how; the amount is the order's own, the user the token's.")
public record CreatePaymentRequest(
        @Schema(description = "64-bit order id, as a string", example = "7312345678901230001")
        @NotNull
        @Pattern(regexp = "[1-9][0-9]{0,18}", message = "must be an order id")
        String orderId,

        @Schema(
                description = "the payment platform: WECHAT (the default) or ALIPAY (a face-to-face QR code)",
                example = "WECHAT",
                allowableValues = {"WECHAT", "ALIPAY"})
        @Pattern(regexp = "WECHAT|ALIPAY", message = "must be WECHAT or ALIPAY")
        String channel,

        @Schema(
                description = "NATIVE (the default; a QR code to scan, at either platform) or JSAPI (WeChat Pay "
                        + "inside WeChat, for the payer openId)",
                example = "JSAPI",
                allowableValues = {"NATIVE", "JSAPI"})
        @Pattern(regexp = "NATIVE|JSAPI", message = "must be NATIVE or JSAPI")
        String tradeType,

        @Schema(
                description = "the JSAPI payer's openid under the merchant's app id; required for JSAPI, only for it",
                example = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
        @Pattern(regexp = "[A-Za-z0-9_-]{6,128}", message = "must be an openid")
        String openId) {

    /** @throws NumberFormatException beyond the 64-bit range, which the pattern lets through */
    long orderIdValue() {
        return Long.parseLong(orderId);
    }

    /** @throws InvalidRequestException JSAPI without an openId, or an openId with another trade type */
    PaymentMethod method() {
        TradeType type = tradeType == null ? TradeType.NATIVE : TradeType.valueOf(tradeType);
        if (type == TradeType.JSAPI && openId == null) {
            throw new InvalidRequestException("openId is required for a JSAPI payment");
        }
        if (type != TradeType.JSAPI && openId != null) {
            throw new InvalidRequestException("openId is only for a JSAPI payment");
        }
        return PaymentMethod.builder()
                .channel(channel == null ? PayChannel.WECHAT : PayChannel.valueOf(channel))
                .tradeType(type)
                .openId(openId)
                .build();
    }
}
