package com.shop.pay.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.alipay.api.internal.util.AlipaySignature;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our RSA2 signatures against Alipay's own SDK ({@code AlipaySignature}), which is used by no production code. */
class AlipayRsa2Test {

    private static KeyPair merchant;
    private static String privateKey;
    private static String publicKey;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        merchant = generator.generateKeyPair();
        privateKey = Base64.getEncoder().encodeToString(merchant.getPrivate().getEncoded());
        publicKey = Base64.getEncoder().encodeToString(merchant.getPublic().getEncoded());
    }

    private static Map<String, String> request() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("app_id", "2021000148600001");
        fields.put("method", "alipay.trade.precreate");
        fields.put("format", "JSON");
        fields.put("charset", "utf-8");
        fields.put("sign_type", "RSA2");
        fields.put("timestamp", "2026-12-01 12:00:00");
        fields.put("version", "1.0");
        fields.put("notify_url", "http://127.0.0.1:8081/pay/notify/alipay");
        fields.put("app_auth_token", "");
        fields.put(
                "biz_content",
                "{\"out_trade_no\":\"7312345678901234567\",\"total_amount\":\"88.80\"," + "\"subject\":\"店铺 订单\"}");
        return fields;
    }

    @Test
    void aRequestIsSignedOverWhatTheSdkSignsAndTheSdkVerifiesIt() throws Exception {
        Map<String, String> request = request();
        String content = AlipayRsa2.content(request, Set.of(AlipayRsa2.SIGN));

        assertThat(content).isEqualTo(AlipaySignature.getSignContent(request));
        String sign = AlipayRsa2.sign(content, AlipayRsa2.privateKey(privateKey));
        assertThat(sign).isEqualTo(AlipaySignature.rsaSign(content, privateKey, "utf-8", "RSA2"));
        assertThat(AlipaySignature.rsaCheck(content, sign, publicKey, "utf-8", "RSA2"))
                .isTrue();
    }

    @Test
    void aNotificationSignedByTheSdkIsVerifiedHereAndOneChangedIsNot() throws Exception {
        Map<String, String> notification = new HashMap<>(request());
        notification.put("out_trade_no", "7312345678901234567");
        notification.put("total_amount", "88.80");
        notification.put("trade_status", "TRADE_SUCCESS");
        String signed = AlipayRsa2.content(notification, Set.of(AlipayRsa2.SIGN, AlipayRsa2.SIGN_TYPE));
        notification.put("sign", AlipaySignature.rsaSign(signed, privateKey, "utf-8", "RSA2"));

        assertThat(signed).isEqualTo(AlipaySignature.getSignCheckContentV1(new HashMap<>(notification)));
        // the SDK takes sign and sign_type out of the map it checks
        assertThat(AlipaySignature.rsaCheckV1(new HashMap<>(notification), publicKey, "utf-8", "RSA2"))
                .isTrue();
        assertThat(AlipayRsa2.verify(signed, notification.get("sign"), AlipayRsa2.publicKey(publicKey)))
                .isTrue();

        notification.put("total_amount", "0.01");
        String changed = AlipayRsa2.content(notification, Set.of(AlipayRsa2.SIGN, AlipayRsa2.SIGN_TYPE));
        assertThat(AlipayRsa2.verify(changed, notification.get("sign"), AlipayRsa2.publicKey(publicKey)))
                .isFalse();
        assertThat(AlipaySignature.rsaCheckV1(new HashMap<>(notification), publicKey, "utf-8", "RSA2"))
                .isFalse();
    }

    @Test
    void garbageSignaturesAndKeysAreRefused() {
        assertThat(AlipayRsa2.verify("a=b", null, AlipayRsa2.publicKey(publicKey)))
                .isFalse();
        assertThat(AlipayRsa2.verify("a=b", "not base64 !", AlipayRsa2.publicKey(publicKey)))
                .isFalse();
        assertThatThrownBy(() -> AlipayRsa2.privateKey(publicKey)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AlipayRsa2.publicKey("-----BEGIN PUBLIC KEY-----\n" + publicKey + "\n-----END PUBLIC KEY-----\n"))
                .isEqualTo(merchant.getPublic());
    }

    @Test
    void anAnswersSignedTextIsItsMemberAsSent() {
        String body =
                "{\"alipay_trade_query_response\":{\"code\":\"10000\",\"msg\":\"Success\",\"total_amount\":\"1.00\"},"
                        + "\"sign\":\"abc\"}";

        assertThat(AlipayTransport.signedText(body, "alipay_trade_query_response"))
                .isEqualTo("{\"code\":\"10000\",\"msg\":\"Success\",\"total_amount\":\"1.00\"}");
        assertThat(AlipayTransport.signedText("{\"sign\":\"abc\",\"x_response\":{}}", "x_response"))
                .isNull();
    }
}
