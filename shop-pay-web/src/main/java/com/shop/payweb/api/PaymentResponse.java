package com.shop.payweb.api;

import com.shop.common.web.ResponseValues;
import com.shop.pojo.pay.PayChannel;
import com.shop.pojo.pay.PaymentStatus;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.TradeType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment of one of the caller's orders. */
public record PaymentResponse(
        @Schema(description = "64-bit id, as a string so JavaScript keeps every digit", example = "7312345678901234567")
        String payId,

        @Schema(description = "the order paid, as a string (64-bit id)", example = "7312345678901230001")
        String orderId,

        Long userId,

        @Schema(type = "number", example = "34.50", description = "what the payment platform charges")
        BigDecimal payAmount,

        @Schema(description = "pay_status of trade_pay: PAYING 1, PAID 2, CLOSED 3")
        PaymentStatus payStatus,

        @Schema(description = "the platform: WECHAT or ALIPAY")
        PayChannel channel,

        @Schema(description = "NATIVE (a QR code, either platform) or JSAPI (WeChat Pay inside WeChat)")
        TradeType tradeType,

        @Schema(description = "what the payer scans: WeChat Pay's code_url or Alipay's qr_code; absent for JSAPI")
        String codeUrl,

        @Schema(
                description = "JSAPI only, when the payment is opened: what the page inside WeChat passes to "
                        + "WeixinJSBridge's getBrandWCPayRequest, signed by the merchant")
        JsapiResponse jsapi,

        Instant createTime,
        Instant payTime,

        @Schema(
                description = "the payment platform's err_code of the last failed attempt to pay (the payment stays "
                        + "open), or null",
                example = "NOTENOUGH")
        String errCode,

        @Schema(description = "the platform's err_code_des of that failure, or null")
        String errCodeDes) {

    static PaymentResponse of(PaymentView payment) {
        return new PaymentResponse(
                ResponseValues.id(payment.getPayId()),
                ResponseValues.id(payment.getOrderId()),
                payment.getUserId(),
                ResponseValues.money(payment.getPayAmount()),
                payment.getPayStatus(),
                payment.getChannel(),
                payment.getTradeType(),
                payment.getCodeUrl(),
                JsapiResponse.of(payment.getJsapi()),
                ResponseValues.instant(payment.getCreateTime()),
                ResponseValues.instant(payment.getPayTime()),
                payment.getErrCode(),
                payment.getErrCodeDes());
    }
}
