package com.shop.pay.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.api.AlipayNotificationService;
import com.shop.api.PaymentService;
import com.shop.api.ServiceVersions;
import com.shop.api.exception.InvalidRequestException;
import com.shop.devstack.sandbox.AlipaySandbox;
import com.shop.devstack.sandbox.TestPaymentSandbox;
import com.shop.pay.PayServiceTestBase;
import com.shop.pay.support.SandboxControl;
import com.shop.pojo.pay.PayChannel;
import com.shop.pojo.pay.PaymentClosure;
import com.shop.pojo.pay.PaymentMethod;
import com.shop.pojo.pay.PaymentStatus;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.RefundStatus;
import com.shop.pojo.pay.RefundView;
import com.shop.pojo.pay.TradeType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** Alipay payments over Dubbo against the Alipay sandbox: opened, paid and notified, looked up, closed, refunded. */
class AlipayPaymentTest extends PayServiceTestBase {

    private static final Duration SOON = Duration.ofSeconds(20);
    private static final PaymentMethod ALIPAY =
            PaymentMethod.builder().channel(PayChannel.ALIPAY).build();

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 10_000)
    PaymentService payments;

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 10_000)
    AlipayNotificationService notifications;

    private final SandboxControl alipay =
            new SandboxControl(TestPaymentSandbox.shared().baseUrl() + AlipaySandbox.PREFIX);
    private final AlipaySandbox platform = TestPaymentSandbox.shared().alipay();

    @Test
    void anAlipayPaymentIsAPrecreatedQrCodeForTheOrdersStoredAmount() {
        long orderId = orders.confirmedOrder(ALICE, "66.60");

        PaymentView payment = payments.createPayment(ALICE, orderId, ALIPAY);

        assertThat(payment.getChannel()).isEqualTo(PayChannel.ALIPAY);
        assertThat(payment.getTradeType()).isEqualTo(TradeType.NATIVE);
        assertThat(payment.getCodeUrl()).startsWith("https://qr.alipay.com/");
        JsonNode trade = alipay.trade(payment.getPayId());
        assertThat(trade.get("totalAmount").asText()).isEqualTo("66.60");
        assertThat(trade.get("tradeStatus").asText()).isEqualTo("WAIT_BUYER_PAY");
        assertThat(trade.get("qrCode").asText()).isEqualTo(payment.getCodeUrl());
        assertThat(jdbc.queryForObject(
                        "SELECT channel FROM trade_pay WHERE pay_id = ?", String.class, payment.getPayId()))
                .isEqualTo("ALIPAY");
        assertThat(payments.createPayment(ALICE, orderId, ALIPAY).getPayId()).isEqualTo(payment.getPayId());
        assertThatThrownBy(() -> payments.createPayment(
                        ALICE,
                        orderId,
                        PaymentMethod.builder()
                                .channel(PayChannel.ALIPAY)
                                .tradeType(TradeType.JSAPI)
                                .openId("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
                                .build()))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aPaymentMadeAtAlipayIsNotifiedMarkedPaidAndAnnouncedOnceAsAlipays() {
        long orderId = orders.confirmedOrder(ALICE, "40.00");
        PaymentView payment = payments.createPayment(ALICE, orderId, ALIPAY);

        assertThat(alipay.pay(payment.getPayId())).isEqualTo(200);

        await().atMost(SOON)
                .untilAsserted(() -> assertThat(paymentSucceededStatus(orderId)).isEqualTo(1));
        assertThat(payStatus(payment.getPayId())).isEqualTo(PaymentStatus.PAID.code());
        assertThat(paymentSucceededRows(orderId)).isEqualTo(1);
        String tradeNo = alipay.trade(payment.getPayId()).get("tradeNo").asText();
        assertThat(jdbc.queryForObject(
                        "SELECT transaction_id FROM trade_pay WHERE pay_id = ?", String.class, payment.getPayId()))
                .isEqualTo(tradeNo);
        assertThat(jdbc.queryForObject(
                        "SELECT msg_body FROM trade_mq_producer_temp WHERE msg_key = ?",
                        String.class,
                        Long.toString(orderId)))
                .contains("\"channel\":\"ALIPAY\"");
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(
                                alipay.trade(payment.getPayId()).get("notified").asBoolean())
                        .isTrue());

        Map<String, String> again = paidNotification(payment.getPayId(), tradeNo, "40.00");
        assertThat(notifications.handleAlipayNotification(form(platform.signAsPlatform(again))))
                .as("a repeat is acknowledged")
                .isEqualTo("success");
        assertThat(paymentSucceededRows(orderId)).isEqualTo(1);
    }

    @Test
    void forgedWrongAmountForeignAndUnknownNotificationsAreRefusedAndChangeNothing() {
        long orderId = orders.confirmedOrder(ALICE, "40.00");
        long payId = payments.createPayment(ALICE, orderId, ALIPAY).getPayId();
        Map<String, String> genuine = platform.signAsPlatform(paidNotification(payId, "2026120122001", "40.00"));

        Map<String, String> forged = new LinkedHashMap<>(genuine);
        forged.put("total_amount", "0.01");
        assertThat(notifications.handleAlipayNotification(form(forged)))
                .as("tampered")
                .isEqualTo("failure");
        assertThat(notifications.handleAlipayNotification(
                        form(platform.signAsPlatform(paidNotification(payId, "2026120122002", "0.01")))))
                .as("wrong amount")
                .isEqualTo("failure");
        Map<String, String> foreign = paidNotification(payId, "2026120122003", "40.00");
        foreign.put("app_id", "2021000000000009");
        assertThat(notifications.handleAlipayNotification(form(platform.signAsPlatform(foreign))))
                .as("another app")
                .isEqualTo("failure");
        assertThat(notifications.handleAlipayNotification(
                        form(platform.signAsPlatform(paidNotification(987_654_321L, "2026120122004", "40.00")))))
                .as("unknown")
                .isEqualTo("failure");
        Map<String, String> unsigned = new LinkedHashMap<>(genuine);
        unsigned.remove("sign");
        assertThat(notifications.handleAlipayNotification(form(unsigned)))
                .as("unsigned")
                .isEqualTo("failure");
        assertThat(notifications.handleAlipayNotification("not=a&form")).isEqualTo("failure");

        assertThat(payStatus(payId)).isEqualTo(PaymentStatus.PAYING.code());
        assertThat(paymentSucceededRows(orderId)).isZero();

        long wechatPayId = payments.createPayment(ALICE, orders.confirmedOrder(ALICE, "40.00"))
                .getPayId();
        assertThat(notifications.handleAlipayNotification(
                        form(platform.signAsPlatform(paidNotification(wechatPayId, "2026120122005", "40.00")))))
                .as("a WeChat payment")
                .isEqualTo("failure");
        assertThat(payStatus(wechatPayId)).isEqualTo(PaymentStatus.PAYING.code());
    }

    @Test
    void aLostNotificationIsFoundByReconciliationAtAlipay() {
        long orderId = orders.confirmedOrder(ALICE, "12.00");
        PaymentView payment = payments.createPayment(ALICE, orderId, ALIPAY);
        alipay.dropNotifications();
        try {
            assertThat(alipay.pay(payment.getPayId())).isEqualTo(200);

            await().atMost(SOON)
                    .untilAsserted(
                            () -> assertThat(payStatus(payment.getPayId())).isEqualTo(PaymentStatus.PAID.code()));
            assertThat(alipay.trade(payment.getPayId()).get("notifyAttempts").asInt())
                    .isZero();
        } finally {
            alipay.deliverNotifications();
        }
    }

    @Test
    void closingAnAlipayPaymentClosesItsTradeAndOnePaidMeanwhileIsApplied() {
        long closedOrder = orders.confirmedOrder(ALICE, "10.00");
        long closed = payments.createPayment(ALICE, closedOrder, ALIPAY).getPayId();
        assertThat(payments.closeOrderPayment(closedOrder)).isEqualTo(PaymentClosure.CLOSED);
        assertThat(alipay.trade(closed).get("tradeStatus").asText()).isEqualTo("TRADE_CLOSED");
        assertThat(alipay.pay(closed)).isEqualTo(409);

        long paidOrder = orders.confirmedOrder(ALICE, "10.00");
        long paid = payments.createPayment(ALICE, paidOrder, ALIPAY).getPayId();
        alipay.dropNotifications();
        try {
            alipay.pay(paid);
            assertThat(payments.closeOrderPayment(paidOrder)).isEqualTo(PaymentClosure.PAID);
        } finally {
            alipay.deliverNotifications();
        }
        assertThat(payStatus(paid)).isEqualTo(PaymentStatus.PAID.code());
        assertThat(paymentSucceededRows(paidOrder)).isEqualTo(1);
    }

    @Test
    void aPaidAlipayPaymentIsRefundedInFullAtAlipayAndTheRefundQuerySettlesIt() {
        long orderId = orders.confirmedOrder(ALICE, "35.50");
        long payId = payments.createPayment(ALICE, orderId, ALIPAY).getPayId();
        alipay.pay(payId);
        await().atMost(SOON).untilAsserted(() -> assertThat(payStatus(payId)).isEqualTo(PaymentStatus.PAID.code()));

        RefundView refund = payments.refundOrderPayment(orderId, "cancelled by the buyer");
        RefundView again = payments.refundOrderPayment(orderId, "cancelled by the buyer");

        assertThat(again.getRefundId()).isEqualTo(refund.getRefundId());
        assertThat(refund.getRefundAmount()).isEqualByComparingTo("35.50");
        JsonNode trade = alipay.trade(payId);
        assertThat(trade.get("refundedAmount").asText()).isEqualTo("35.50");
        assertThat(trade.get("tradeStatus").asText()).as("refunded in full").isEqualTo("TRADE_CLOSED");
        assertThat(trade.get("refunds").get(Long.toString(refund.getRefundId())).asText())
                .isEqualTo("35.50");
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT refund_status FROM trade_refund WHERE refund_id = ?",
                                Integer.class,
                                refund.getRefundId()))
                        .isEqualTo(RefundStatus.SUCCEEDED.code()));
    }

    @Test
    void payingByAlipayAfterWechatClosesTheWechatTradeAndMoneyReachingItLaterIsRefundedThere() {
        long orderId = orders.confirmedOrder(ALICE, "30.00");
        long wechat = payments.createPayment(ALICE, orderId).getPayId();

        long alipayPayId = payments.createPayment(ALICE, orderId, ALIPAY).getPayId();

        assertThat(payStatus(wechat)).isEqualTo(PaymentStatus.CLOSED.code());
        assertThat(sandbox.trade(wechat).get("tradeState").asText()).isEqualTo("CLOSED");
        alipay.pay(alipayPayId);
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(paymentSucceededStatus(orderId)).isEqualTo(1));

        // the WeChat payer's money crosses the close: recorded, refunded at WeChat Pay, announced to nobody
        assertThat(sandbox.payClosed(wechat)).isEqualTo(200);
        await().atMost(SOON)
                .untilAsserted(
                        () -> assertThat(sandbox.trade(wechat).get("tradeState").asText())
                                .isEqualTo("REFUND"));
        assertThat(payStatus(wechat)).isEqualTo(PaymentStatus.PAID.code());
        assertThat(paymentSucceededRows(orderId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trade_refund WHERE pay_id = ?", Integer.class, wechat))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM trade_refund WHERE pay_id = ?", Integer.class, alipayPayId))
                .isZero();
    }

    private static Map<String, String> paidNotification(long payId, String tradeNo, String amount) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("notify_time", "2026-12-01 12:00:01");
        fields.put("notify_type", "trade_status_sync");
        fields.put("notify_id", "ac05099524730693a8b330c5ecf72da9786");
        fields.put("app_id", AlipaySandbox.DEVELOPMENT_APP_ID);
        fields.put("charset", "utf-8");
        fields.put("version", "1.0");
        fields.put("sign_type", "RSA2");
        fields.put("trade_no", tradeNo);
        fields.put("out_trade_no", Long.toString(payId));
        fields.put("trade_status", "TRADE_SUCCESS");
        fields.put("total_amount", amount);
        fields.put("gmt_payment", "2026-12-01 12:00:00");
        return fields;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
