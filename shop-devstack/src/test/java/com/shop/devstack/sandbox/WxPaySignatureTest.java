package com.shop.devstack.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signature against the platform's published example. */
class WxPaySignatureTest {

    private static final String KEY = "192006250b4c09247ec02edce69f6a2d";
    private static final Map<String, String> EXAMPLE = Map.of(
            "appid",
            "wxd930ea5d5a258f4f",
            "mch_id",
            "10000100",
            "device_info",
            "1000",
            "body",
            "test",
            "nonce_str",
            "ibuaiVcKdpRxkhJA");

    @Test
    void signsThePublishedExampleWithMd5() {
        assertThat(WxPaySignature.sign(EXAMPLE, KEY, SignType.MD5)).isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
    }

    @Test
    void signsThePublishedExampleWithHmacSha256() {
        assertThat(WxPaySignature.sign(EXAMPLE, KEY, SignType.HMAC_SHA256))
                .isEqualTo("6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6");
    }

    @Test
    void leavesOutTheSignAndEmptyFields() {
        Map<String, String> message = new HashMap<>(EXAMPLE);
        message.put("attach", "");
        message.put("sign", "9A0A8659F005D6984697E2CA0A9CF3B7");

        assertThat(WxPaySignature.sign(message, KEY, SignType.MD5)).isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
        assertThat(WxPaySignature.matches(message, KEY, SignType.MD5)).isTrue();
    }

    @Test
    void refusesAnotherKeyAChangedFieldOrNoSign() {
        Map<String, String> message = new HashMap<>(EXAMPLE);
        message.put("sign", WxPaySignature.sign(EXAMPLE, KEY, SignType.MD5));

        assertThat(WxPaySignature.matches(message, "another key", SignType.MD5)).isFalse();
        assertThat(WxPaySignature.matches(message, KEY, SignType.HMAC_SHA256)).isFalse();
        message.put("body", "test2");
        assertThat(WxPaySignature.matches(message, KEY, SignType.MD5)).isFalse();
        message.remove("sign");
        assertThat(WxPaySignature.matches(message, KEY, SignType.MD5)).isFalse();
    }

    @Test
    void readsTheSignTypeField() {
        assertThat(SignType.of(null)).isEqualTo(SignType.MD5);
        assertThat(SignType.of("")).isEqualTo(SignType.MD5);
        assertThat(SignType.of("MD5")).isEqualTo(SignType.MD5);
        assertThat(SignType.of("HMAC-SHA256")).isEqualTo(SignType.HMAC_SHA256);
        assertThatThrownBy(() -> SignType.of("RSA")).hasMessage("unsupported sign_type RSA");
    }
}
