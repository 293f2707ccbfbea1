package com.shop.pay.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Against the example of WeChat Pay's signature documentation (merchant key and fields as published there). */
class WechatPaySignatureTest {

    private static final String KEY = "192006250b4c09247ec02edce69f6a2d";
    private final WechatPaySignature signature = new WechatPaySignature(KEY);

    private static Map<String, String> publishedExample() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("appid", "wxd930ea5d5a258f4f");
        fields.put("mch_id", "10000100");
        fields.put("device_info", "1000");
        fields.put("body", "test");
        fields.put("nonce_str", "ibuaiVcKdpRxkhJA");
        return fields;
    }

    @Test
    void md5OfThePublishedExample() {
        assertThat(signature.sign(publishedExample(), SignType.MD5)).isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
    }

    @Test
    void hmacSha256OfThePublishedExample() {
        assertThat(signature.sign(publishedExample(), SignType.HMAC_SHA256))
                .isEqualTo("6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6");
    }

    @Test
    void emptyFieldsAndTheSignItselfAreNotSigned() {
        Map<String, String> fields = new HashMap<>(publishedExample());
        fields.put("attach", "");
        fields.put("sign", "whatever");

        assertThat(signature.sign(fields, SignType.MD5)).isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
    }

    @Test
    void verifiesItsOwnSignatureInEitherCaseAndRefusesChangesAndOtherKeys() {
        Map<String, String> fields = new HashMap<>(publishedExample());
        fields.put("sign", "9a0a8659f005d6984697e2ca0a9cf3b7");
        assertThat(signature.verify(fields, SignType.MD5)).isTrue();
        assertThat(signature.verify(fields, SignType.HMAC_SHA256)).isFalse();
        assertThat(new WechatPaySignature("0123456789abcdef0123456789abcdef").verify(fields, SignType.MD5))
                .isFalse();

        fields.put("body", "test2");
        assertThat(signature.verify(fields, SignType.MD5)).isFalse();

        fields.remove("sign");
        assertThat(signature.verify(fields, SignType.MD5)).isFalse();
    }

    @Test
    void aMissingSignTypeMeansMd5AndAnUnknownOneIsNone() {
        assertThat(SignType.named(null)).contains(SignType.MD5);
        assertThat(SignType.named("")).contains(SignType.MD5);
        assertThat(SignType.named("HMAC-SHA256")).contains(SignType.HMAC_SHA256);
        assertThat(SignType.named("SHA1")).isEmpty();
    }
}
