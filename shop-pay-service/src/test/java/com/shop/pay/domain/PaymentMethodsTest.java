package com.shop.pay.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.InvalidRequestException;
import com.shop.pojo.pay.PayChannel;
import com.shop.pojo.pay.PaymentMethod;
import com.shop.pojo.pay.TradeType;
import org.junit.jupiter.api.Test;

class PaymentMethodsTest {

    private static final String OPEN_ID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";

    @Test
    void nothingAskedIsAWechatQrCode() {
        assertThat(PaymentMethods.checked(null)).isEqualTo(PaymentMethod.wechatNative());
        assertThat(PaymentMethods.checked(new PaymentMethod())).isEqualTo(PaymentMethod.wechatNative());
        assertThat(PaymentMethods.checked(
                        PaymentMethod.builder().channel(PayChannel.ALIPAY).build()))
                .isEqualTo(PaymentMethod.builder()
                        .channel(PayChannel.ALIPAY)
                        .tradeType(TradeType.NATIVE)
                        .build());
    }

    @Test
    void jsapiNeedsAWellFormedOpenIdAndOnlyJsapiTakesOne() {
        assertThat(PaymentMethods.checked(jsapi(OPEN_ID)).getOpenId()).isEqualTo(OPEN_ID);
        for (String openId :
                new String[] {null, "", "short", "o pen id with spaces", "o".repeat(129), "ö".repeat(28)}) {
            assertThatThrownBy(() -> PaymentMethods.checked(jsapi(openId)))
                    .as(openId)
                    .isInstanceOf(InvalidRequestException.class);
        }
        assertThatThrownBy(() -> PaymentMethods.checked(
                        PaymentMethod.builder().openId(OPEN_ID).build()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("only for a JSAPI");
    }

    @Test
    void alipayHasNoJsapi() {
        assertThatThrownBy(() -> PaymentMethods.checked(PaymentMethod.builder()
                        .channel(PayChannel.ALIPAY)
                        .tradeType(TradeType.JSAPI)
                        .openId(OPEN_ID)
                        .build()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("QR code");
    }

    private static PaymentMethod jsapi(String openId) {
        return PaymentMethod.builder().tradeType(TradeType.JSAPI).openId(openId).build();
    }
}
