package com.shop.payweb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.shop.pojo.pay.JsapiPayParameters;
import io.swagger.v3.oas.annotations.media.Schema;

/** The JSAPI payment parameters under the names the page passes them on with (case matters: they are signed so). */
public record JsapiResponse(
        @Schema(example = "wxd930ea5d5a258f4f") String appId,

        @Schema(description = "seconds since the epoch", example = "1764600000")
        String timeStamp,

        @Schema(example = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS")
        String nonceStr,

        @Schema(example = "prepay_id=wx201410272009395522657a690389285100") @JsonProperty("package")
        String packageValue,

        @Schema(description = "MD5 or HMAC-SHA256", example = "HMAC-SHA256")
        String signType,

        @Schema(description = "the merchant's signature over the five others (WeChat Pay v2 rule)")
        String paySign) {

    static JsapiResponse of(JsapiPayParameters parameters) {
        if (parameters == null) {
            return null;
        }
        return new JsapiResponse(
                parameters.getAppId(),
                parameters.getTimeStamp(),
                parameters.getNonceStr(),
                parameters.getPackageValue(),
                parameters.getSignType(),
                parameters.getPaySign());
    }
}
