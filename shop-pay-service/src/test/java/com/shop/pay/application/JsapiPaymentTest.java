package com.shop.pay.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.api.PaymentService;
import com.shop.api.ServiceVersions;
import com.shop.api.exception.InvalidRequestException;
import com.shop.pay.PayServiceTestBase;
import com.shop.pay.gateway.WechatPayProperties;
import com.shop.pay.gateway.WechatPaySignature;
import com.shop.pojo.pay.JsapiPayParameters;
import com.shop.pojo.pay.PayChannel;
import com.shop.pojo.pay.PaymentMethod;
import com.shop.pojo.pay.PaymentStatus;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.TradeType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.dubbo.config.annotation.DubboReference;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** JSAPI payments over Dubbo against the WeChat Pay sandbox: opened for the payer's openid, signed, paid, settled. */
class JsapiPaymentTest extends PayServiceTestBase {

    private static final String OPEN_ID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";
    private static final Duration SOON = Duration.ofSeconds(20);

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 10_000)
    PaymentService payments;

    @Autowired
    WechatPayProperties merchant;

    @Test
    void aJsapiPaymentIsOpenedForThePayerWithPageParametersSignedByTheMerchant() {
        long orderId = orders.confirmedOrder(ALICE, "42.10");

        PaymentView payment = payments.createPayment(ALICE, orderId, jsapi(OPEN_ID));

        assertThat(payment.getTradeType()).isEqualTo(TradeType.JSAPI);
        assertThat(payment.getChannel()).isEqualTo(PayChannel.WECHAT);
        assertThat(payment.getCodeUrl()).isNull();
        JsonNode trade = sandbox.trade(payment.getPayId());
        assertThat(trade.get("tradeType").asText()).isEqualTo("JSAPI");
        assertThat(trade.get("totalFee").asLong()).isEqualTo(4210);
        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT trade_type, open_id, prepay_id, code_url FROM trade_pay" + " WHERE pay_id = ?",
                payment.getPayId());
        assertThat(stored)
                .containsEntry("trade_type", "JSAPI")
                .containsEntry("open_id", OPEN_ID)
                .containsEntry("prepay_id", trade.get("prepayId").asText())
                .containsEntry("code_url", null);

        JsapiPayParameters page = payment.getJsapi();
        assertThat(page.getAppId()).isEqualTo(merchant.getAppId());
        assertThat(page.getPackageValue())
                .isEqualTo("prepay_id=" + trade.get("prepayId").asText());
        assertThat(page.getSignType()).isEqualTo(merchant.getSignType().fieldValue());
        assertThat(Long.parseLong(page.getTimeStamp())).isCloseTo(Instant.now().getEpochSecond(), Offset.offset(60L));
        assertThat(page.getNonceStr()).hasSizeBetween(16, 32);
        assertThat(new WechatPaySignature(merchant.getKey())
                        .sign(
                                Map.of(
                                        "appId",
                                        page.getAppId(),
                                        "timeStamp",
                                        page.getTimeStamp(),
                                        "nonceStr",
                                        page.getNonceStr(),
                                        "package",
                                        page.getPackageValue(),
                                        "signType",
                                        page.getSignType()),
                                merchant.getSignType()))
                .isEqualTo(page.getPaySign());

        PaymentView again = payments.createPayment(ALICE, orderId, jsapi(OPEN_ID));
        assertThat(again.getPayId()).as("the same open payment").isEqualTo(payment.getPayId());
        assertThat(again.getJsapi().getPackageValue()).isEqualTo(page.getPackageValue());
    }

    @Test
    void aJsapiPaymentPaidInTheSandboxIsNotifiedAndAnnouncedOnce() {
        long orderId = orders.confirmedOrder(ALICE, "18.00");
        PaymentView payment = payments.createPayment(ALICE, orderId, jsapi(OPEN_ID));

        assertThat(sandbox.pay(payment.getPayId())).isEqualTo(200);

        await().atMost(SOON)
                .untilAsserted(() -> assertThat(paymentSucceededStatus(orderId)).isEqualTo(1));
        assertThat(payStatus(payment.getPayId())).isEqualTo(PaymentStatus.PAID.code());
        assertThat(paymentSucceededRows(orderId)).isEqualTo(1);
        assertThat(sandbox.trade(payment.getPayId()).get("openid").asText()).isEqualTo(OPEN_ID);
    }

    @Test
    void jsapiWithoutAWellFormedOpenIdOrAnOpenIdWithNativeIsRefusedAndWritesNothing() {
        long orderId = orders.confirmedOrder(ALICE, "10.00");

        for (PaymentMethod refused : new PaymentMethod[] {
            jsapi(null),
            jsapi(""),
            jsapi("o<script>"),
            jsapi("o".repeat(129)),
            PaymentMethod.builder().tradeType(TradeType.NATIVE).openId(OPEN_ID).build()
        }) {
            assertThatThrownBy(() -> payments.createPayment(ALICE, orderId, refused))
                    .as(refused.toString())
                    .isInstanceOf(InvalidRequestException.class);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trade_pay WHERE order_id = ?", Integer.class, orderId))
                .isZero();
    }

    @Test
    void askingToPayByAnotherMethodClosesTheOpenPaymentAndOpensOneByThatMethod() {
        long orderId = orders.confirmedOrder(ALICE, "25.00");
        PaymentView scanned = payments.createPayment(ALICE, orderId);

        PaymentView inWechat = payments.createPayment(ALICE, orderId, jsapi(OPEN_ID));

        assertThat(inWechat.getPayId()).isNotEqualTo(scanned.getPayId());
        assertThat(payStatus(scanned.getPayId())).isEqualTo(PaymentStatus.CLOSED.code());
        assertThat(sandbox.trade(scanned.getPayId()).get("tradeState").asText()).isEqualTo("CLOSED");
        assertThat(payStatus(inWechat.getPayId())).isEqualTo(PaymentStatus.PAYING.code());
        PaymentView otherPayer = payments.createPayment(ALICE, orderId, jsapi("oOtherPayer0000000000000000"));
        assertThat(otherPayer.getPayId()).as("another payer is another method").isNotEqualTo(inWechat.getPayId());
        assertThat(payments.createPayment(ALICE, orderId).getCodeUrl()).startsWith("weixin://wxpay/bizpayurl?pr=");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM trade_pay WHERE order_id = ? AND pay_status = 1", Integer.class, orderId))
                .isEqualTo(1);
    }

    private static PaymentMethod jsapi(String openId) {
        return PaymentMethod.builder().tradeType(TradeType.JSAPI).openId(openId).build();
    }
}
