package com.shop.pay.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.shop.api.PaymentService;
import com.shop.api.RefundNotificationService;
import com.shop.api.ServiceVersions;
import com.shop.devstack.sandbox.TestPaymentSandbox;
import com.shop.pay.PayServiceTestBase;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentGatewayException;
import com.shop.pay.domain.PaymentRepository;
import com.shop.pay.domain.Refund;
import com.shop.pay.domain.RefundRepository;
import com.shop.pay.gateway.WechatPayProperties;
import com.shop.pay.gateway.WechatPayRefunds;
import com.shop.pay.gateway.WechatRefundProperties;
import com.shop.pay.support.RefundNotificationBodies;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.RefundStatus;
import java.time.Duration;
import java.util.Map;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Refunds as the platform makes them: asked over mutual TLS with the merchant's certificate, then succeeded or failed
 * as its notification or a refund query says; notifications that are forged or replayed change nothing.
 */
class RefundOutcomeTest extends PayServiceTestBase {

    private static final Duration SOON = Duration.ofSeconds(20);
    private static final String SUCCESS_ANSWER = "<return_code><![CDATA[SUCCESS]]></return_code>";
    private static final String FAIL_ANSWER = "<return_code><![CDATA[FAIL]]></return_code>";

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 10_000)
    PaymentService payments;

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 10_000)
    RefundNotificationService refundNotifications;

    @Autowired
    PaymentRepository paymentRepository;

    @Autowired
    RefundRepository refunds;

    @Autowired
    WechatPayProperties wechat;

    @Autowired
    WechatRefundProperties refundSettings;

    @Test
    void aRefundOverMutualTlsSucceedsWhenThePlatformNotifiesIt() {
        PaymentView payment = paidPayment("88.00");

        payments.refundOrderPayment(payment.getOrderId(), "refunded at the user's request");

        await().atMost(SOON).untilAsserted(() -> assertThat(refund(payment)).containsEntry("refund_status", 1));
        assertThat(refund(payment).get("accept_time")).isNotNull();
        assertThat(refund(payment).get("gateway_refund_id")).asString().startsWith("50300");
        assertThat(sandbox.trade(payment.getPayId())
                        .get("refunds")
                        .get(0)
                        .get("refundStatus")
                        .asText())
                .isEqualTo("SUCCESS");
    }

    @Test
    void withoutTheMerchantsCertificateTheSandboxRefusesTheHandshake() {
        PaymentView payment = paidPayment("12.00");
        Payment paid = paymentRepository.findPayment(payment.getPayId()).orElseThrow();
        WechatPayRefunds anonymous = new WechatPayRefunds(
                wechat,
                refundSettings,
                TestPaymentSandbox.shared().certificates().anonymousContext());

        assertThatThrownBy(() -> anonymous.requestRefund(Refund.pendingOf(payment.getPayId() + 1, paid, "test"), paid))
                .isInstanceOf(PaymentGatewayException.class)
                .hasMessageContaining("could not be reached");
        assertThat(sandbox.trade(payment.getPayId()).get("refunds")).isEmpty();
    }

    @Test
    void aRefundThePlatformCouldNotMakeEndsFailedWithItsReasonAndIsNotAskedAgain() {
        PaymentView payment = paidPayment("40.00");
        assertThat(sandbox.settleRefundsAs(payment.getPayId(), "CHANGE")).isEqualTo(200);

        payments.refundOrderPayment(payment.getOrderId(), "refunded at the user's request");

        await().atMost(SOON).untilAsserted(() -> assertThat(refund(payment)).containsEntry("refund_status", 2));
        assertThat(refund(payment).get("failure_reason")).asString().contains("CHANGE");
        long refundId = ((Number) refund(payment).get("refund_id")).longValue();
        assertThat(refunds.findPendingOlderThan(Duration.ZERO, 0, 10_000))
                .extracting(Refund::getRefundId)
                .doesNotContain(refundId);
        assertThat(payments.refundOrderPayment(payment.getOrderId(), "again").getRefundStatus())
                .isEqualTo(RefundStatus.FAILED);
        assertThat(sandbox.trade(payment.getPayId()).get("refundedFee").asLong())
                .isZero();
    }

    @Test
    void aRefundWhoseNotificationIsLostIsSettledByTheRefundQuery() {
        PaymentView payment = paidPayment("21.00");
        sandbox.dropNotifications();
        try {
            payments.refundOrderPayment(payment.getOrderId(), "refunded at the user's request");

            await().atMost(SOON).untilAsserted(() -> assertThat(refund(payment)).containsEntry("refund_status", 1));
        } finally {
            sandbox.deliverNotifications();
        }
    }

    @Test
    void aValidNotificationSettlesThePendingRefundAndItsReplayChangesNothing() {
        PaymentView payment = paidPayment("15.00");
        long refundId = pendingRefundNotAskedYet(payment, "15.00");
        String notification = RefundNotificationBodies.of(
                RefundNotificationBodies.KEY, refundId, payment.getPayId(), 1500, 1500, "SUCCESS");

        assertThat(refundNotifications.handleWechatRefundNotification(notification))
                .contains(SUCCESS_ANSWER);
        Map<String, Object> settled = refund(payment);
        assertThat(settled).containsEntry("refund_status", 1);

        assertThat(refundNotifications.handleWechatRefundNotification(notification))
                .contains(SUCCESS_ANSWER);
        assertThat(refundNotifications.handleWechatRefundNotification(RefundNotificationBodies.of(
                        RefundNotificationBodies.KEY, refundId, payment.getPayId(), 1500, 1500, "CHANGE")))
                .contains(SUCCESS_ANSWER);
        assertThat(refund(payment)).isEqualTo(settled);
    }

    @Test
    void forgedNotificationsAreRefusedAndChangeNothing() {
        PaymentView payment = paidPayment("16.00");
        long refundId = pendingRefundNotAskedYet(payment, "16.00");
        Map<String, Object> before = refund(payment);

        for (String forged : new String[] {
            RefundNotificationBodies.of(
                    "0123456789abcdef0123456789abcdef", refundId, payment.getPayId(), 1600, 1600, "SUCCESS"),
            RefundNotificationBodies.of(
                    RefundNotificationBodies.KEY, refundId + 7, payment.getPayId(), 1600, 1600, "SUCCESS"),
            RefundNotificationBodies.of(RefundNotificationBodies.KEY, refundId, payment.getPayId(), 1600, 1, "SUCCESS"),
            RefundNotificationBodies.of(
                    RefundNotificationBodies.KEY, refundId, payment.getPayId() + 1, 1600, 1600, "SUCCESS"),
            "<xml><return_code>SUCCESS</return_code><appid>wxd930ea5d5a258f4f</appid><mch_id>10000100</mch_id>"
                    + "<req_info>bm90IGVuY3J5cHRlZA==</req_info></xml>",
            "not xml"
        }) {
            assertThat(refundNotifications.handleWechatRefundNotification(forged))
                    .as(forged)
                    .contains(FAIL_ANSWER);
        }
        assertThat(refund(payment)).isEqualTo(before);
    }

    private PaymentView paidPayment(String amount) {
        long orderId = orders.confirmedOrder(ALICE, amount);
        PaymentView payment = payments.createPayment(ALICE, orderId);
        sandbox.pay(payment.getPayId());
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(payStatus(payment.getPayId())).isEqualTo(2));
        return payment;
    }

    /** A pending refund recorded as if just now and never asked: the retry leaves it alone for an hour. */
    private long pendingRefundNotAskedYet(PaymentView payment, String amount) {
        long refundId = payment.getPayId() + 1_000_000;
        jdbc.update(
                "INSERT INTO trade_refund (refund_id, order_id, pay_id, refund_amount, refund_status, reason,"
                        + " create_time) VALUES (?, ?, ?, ?, 0, 'test', NOW(3) + INTERVAL 1 HOUR)",
                refundId,
                payment.getOrderId(),
                payment.getPayId(),
                new java.math.BigDecimal(amount));
        return refundId;
    }

    private Map<String, Object> refund(PaymentView payment) {
        return jdbc.queryForMap(
                "SELECT refund_id, refund_status, gateway_refund_id, accept_time, refund_time,"
                        + " failure_reason FROM trade_refund WHERE pay_id = ?",
                payment.getPayId());
    }
}
