package com.shop.pay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.wxpay.sdk.WXPayConstants;
import com.github.wxpay.sdk.WXPayUtil;
import com.shop.pojo.pay.JsapiPayParameters;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page's JSAPI parameters and their paySign, checked with WeChat Pay's own v2 SDK. */
class WechatJsapiSignerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final String PREPAY_ID = "wx201410272009395522657a690389285100";

    @Test
    void theFiveFieldsAreThePagesAndPaySignVerifiesWithTheOfficialSdkInHmacSha256() throws Exception {
        WechatPayProperties merchant = merchant(SignType.HMAC_SHA256);

        JsapiPayParameters page = new WechatJsapiSigner(merchant, Clock.fixed(NOW, ZoneOffset.UTC)).sign(PREPAY_ID);

        assertThat(page.getAppId()).isEqualTo("wxd930ea5d5a258f4f");
        assertThat(page.getTimeStamp()).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(page.getNonceStr()).matches("[0-9a-f]{32}");
        assertThat(page.getPackageValue()).isEqualTo("prepay_id=" + PREPAY_ID);
        assertThat(page.getSignType()).isEqualTo("HMAC-SHA256");
        assertThat(WXPayUtil.isSignatureValid(signed(page), merchant.getKey(), WXPayConstants.SignType.HMACSHA256))
                .isTrue();
        assertThat(page.getPaySign())
                .isEqualTo(WXPayUtil.generateSignature(
                        signed(page), merchant.getKey(), WXPayConstants.SignType.HMACSHA256));
    }

    @Test
    void paySignVerifiesWithTheOfficialSdkInMd5() throws Exception {
        WechatPayProperties merchant = merchant(SignType.MD5);

        JsapiPayParameters page = new WechatJsapiSigner(merchant, Clock.fixed(NOW, ZoneOffset.UTC)).sign(PREPAY_ID);

        assertThat(page.getSignType()).isEqualTo("MD5");
        assertThat(WXPayUtil.isSignatureValid(signed(page), merchant.getKey(), WXPayConstants.SignType.MD5))
                .isTrue();
    }

    @Test
    void aChangedFieldOrAnotherKeyNoLongerVerifies() throws Exception {
        WechatPayProperties merchant = merchant(SignType.HMAC_SHA256);
        JsapiPayParameters page = new WechatJsapiSigner(merchant, Clock.fixed(NOW, ZoneOffset.UTC)).sign(PREPAY_ID);

        Map<String, String> tampered = signed(page);
        tampered.put("package", "prepay_id=wx000");
        assertThat(WXPayUtil.isSignatureValid(tampered, merchant.getKey(), WXPayConstants.SignType.HMACSHA256))
                .isFalse();
        assertThat(WXPayUtil.isSignatureValid(
                        signed(page), "0123456789abcdef0123456789abcdef", WXPayConstants.SignType.HMACSHA256))
                .isFalse();
    }

    @Test
    void eachSigningHasItsOwnNonce() {
        WechatJsapiSigner signer =
                new WechatJsapiSigner(merchant(SignType.HMAC_SHA256), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(signer.sign(PREPAY_ID).getNonceStr())
                .isNotEqualTo(signer.sign(PREPAY_ID).getNonceStr());
    }

    /** The fields as the page passes them on, with paySign under the name the SDK checks. */
    private static Map<String, String> signed(JsapiPayParameters page) {
        Map<String, String> fields = new HashMap<>();
        fields.put("appId", page.getAppId());
        fields.put("timeStamp", page.getTimeStamp());
        fields.put("nonceStr", page.getNonceStr());
        fields.put("package", page.getPackageValue());
        fields.put("signType", page.getSignType());
        fields.put(WXPayConstants.FIELD_SIGN, page.getPaySign());
        return fields;
    }

    private static WechatPayProperties merchant(SignType type) {
        WechatPayProperties merchant = new WechatPayProperties();
        merchant.setSignType(type);
        return merchant;
    }
}
