package com.shop.pay.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.api.PaymentService;
import com.shop.api.ServiceVersions;
import com.shop.pay.PayServiceTestBase;
import com.shop.pay.gateway.SignType;
import com.shop.pay.support.Notifications;
import com.shop.pojo.pay.PaymentView;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The platform's notifications handed to the pay service over Dubbo, as shop-pay-web hands them. */
class PaymentNotificationsTest extends PayServiceTestBase {

    private static final String SUCCESS = "<return_code><![CDATA[SUCCESS]]></return_code>";
    private static final String FAIL = "<return_code><![CDATA[FAIL]]></return_code>";

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 10_000)
    PaymentService payments;

    @Autowired
    MeterRegistry meters;

    @Test
    void theSameNotificationEightTimesAtOnceHasOneEffectAndIsAcknowledgedEachTime() throws Exception {
        long orderId = orders.confirmedOrder(ALICE, "40.00");
        long payId = payments.createPayment(ALICE, orderId).getPayId();
        String notification =
                Notifications.signed(Notifications.paid(payId, 4000), SignType.HMAC_SHA256, Notifications.KEY);

        ExecutorService platform = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(platform.submit(() -> {
                start.await();
                return payments.handleWechatNotification(notification);
            }));
        }
        start.countDown();
        for (Future<String> answer : answers) {
            assertThat(answer.get(30, TimeUnit.SECONDS)).contains(SUCCESS);
        }
        platform.shutdown();

        assertThat(payStatus(payId)).isEqualTo(2);
        assertThat(paymentSucceededRows(orderId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT transaction_id FROM trade_pay WHERE pay_id = ?", String.class, payId))
                .isEqualTo("4200000" + payId);
    }

    @Test
    void everyAnsweredNotificationIsCountedByOutcomeAndReason() {
        long orderId = orders.confirmedOrder(ALICE, "3.00");
        long payId = payments.createPayment(ALICE, orderId).getPayId();
        double paidBefore = callbacks("accepted", "paid");
        double invalidBefore = callbacks("refused", "invalid");

        assertThat(payments.handleWechatNotification(
                        Notifications.signed(Notifications.paid(payId, 300), SignType.MD5, "0123456789abcdef")))
                .contains(FAIL);
        assertThat(payments.handleWechatNotification(Notifications.signed(Notifications.paid(payId, 300))))
                .contains(SUCCESS);

        assertThat(callbacks("accepted", "paid")).isEqualTo(paidBefore + 1);
        assertThat(callbacks("refused", "invalid")).isEqualTo(invalidBefore + 1);
    }

    private double callbacks(String outcome, String reason) {
        return meters.counter("shop.pay.callbacks", "channel", "wechat", "outcome", outcome, "reason", reason)
                .count();
    }

    @Test
    void anMd5SignedNotificationIsAcceptedToo() {
        long orderId = orders.confirmedOrder(ALICE, "1.01");
        long payId = payments.createPayment(ALICE, orderId).getPayId();

        assertThat(payments.handleWechatNotification(Notifications.signed(Notifications.paid(payId, 101))))
                .contains(SUCCESS);
        assertThat(payStatus(payId)).isEqualTo(2);
    }

    @Test
    void forgedTamperedForeignUnknownAndHostileNotificationsAreRefusedAndChangeNothing() {
        long orderId = orders.confirmedOrder(ALICE, "40.00");
        PaymentView payment = payments.createPayment(ALICE, orderId);
        long payId = payment.getPayId();
        Map<String, String> genuine = Notifications.paid(payId, 4000);

        String forged = Notifications.signed(genuine, SignType.MD5, "0123456789abcdef0123456789abcdef");
        String tampered =
                Notifications.signed(genuine).replace("<total_fee><![CDATA[4000]]>", "<total_fee><![CDATA[1]]>");
        String wrongAmount = Notifications.signed(Notifications.paid(payId, 1));
        Map<String, String> foreignMerchant = Notifications.paid(payId, 4000);
        foreignMerchant.put("mch_id", "19999999");
        Map<String, String> foreignApp = Notifications.paid(payId, 4000);
        foreignApp.put("appid", "wx0000000000000000");
        Map<String, String> failedForUnknownTrade = Notifications.failed(987_654_321_987L);
        String forgedFailure =
                Notifications.signed(Notifications.failed(payId), SignType.MD5, "0123456789abcdef0123456789abcdef");
        Map<String, String> returnFail = Notifications.paid(payId, 4000);
        returnFail.put("return_code", "FAIL");
        Map<String, String> unknownSignType = Notifications.paid(payId, 4000);
        unknownSignType.put("sign_type", "SHA1");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><return_code>&xxe;</return_code><out_trade_no>" + payId + "</out_trade_no></xml>";
        String oversized = Notifications.signed(Notifications.paid(payId, 4000))
                .replace("</xml>", "<attach>" + "x".repeat(20_000) + "</attach></xml>");

        for (String notification : List.of(
                forged,
                tampered,
                wrongAmount,
                Notifications.signed(foreignMerchant),
                Notifications.signed(foreignApp),
                Notifications.signed(failedForUnknownTrade),
                forgedFailure,
                Notifications.signed(returnFail),
                Notifications.signed(unknownSignType),
                Notifications.signed(Notifications.paid(987_654_321_987L, 4000)),
                xxe,
                oversized,
                "not xml at all",
                "")) {
            assertThat(payments.handleWechatNotification(notification))
                    .as(notification)
                    .contains(FAIL);
        }

        assertThat(payStatus(payId)).isEqualTo(1);
        assertThat(paymentSucceededRows(orderId)).isZero();
        assertThat(payments.getPayment(ALICE, payId).getErrCode()).isNull();
    }

    @Test
    void aFailureNotificationIsAcknowledgedAndRecordedAndTheTradeCanStillBePaid() {
        long orderId = orders.confirmedOrder(ALICE, "40.00");
        long payId = payments.createPayment(ALICE, orderId).getPayId();

        String failure = Notifications.signed(Notifications.failed(payId), SignType.HMAC_SHA256, Notifications.KEY);
        assertThat(payments.handleWechatNotification(failure)).contains(SUCCESS);
        assertThat(payments.handleWechatNotification(failure)).as("repeated").contains(SUCCESS);

        assertThat(payStatus(payId)).isEqualTo(1);
        assertThat(paymentSucceededRows(orderId)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM trade_pay WHERE order_id = ? AND open_order_id = ?",
                        Integer.class,
                        orderId,
                        orderId))
                .as("still the order's open payment")
                .isEqualTo(1);
        PaymentView recorded = payments.getPayment(ALICE, payId);
        assertThat(recorded.getErrCode()).isEqualTo("NOTENOUGH");
        assertThat(recorded.getErrCodeDes()).isEqualTo("余额不足");
        assertThat(payments.createPayment(ALICE, orderId).getPayId())
                .as("the same open payment")
                .isEqualTo(payId);

        assertThat(payments.handleWechatNotification(Notifications.signed(Notifications.paid(payId, 4000))))
                .contains(SUCCESS);
        assertThat(payStatus(payId)).isEqualTo(2);
        assertThat(paymentSucceededRows(orderId)).isEqualTo(1);
    }

    @Test
    void aFailureNotificationForAPaidPaymentIsAcknowledgedAndChangesNothing() {
        long orderId = orders.confirmedOrder(ALICE, "12.00");
        long payId = payments.createPayment(ALICE, orderId).getPayId();
        payments.handleWechatNotification(Notifications.signed(Notifications.paid(payId, 1200)));

        assertThat(payments.handleWechatNotification(Notifications.signed(Notifications.failed(payId))))
                .contains(SUCCESS);

        assertThat(payStatus(payId)).isEqualTo(2);
        assertThat(payments.getPayment(ALICE, payId).getErrCode()).isNull();
        assertThat(paymentSucceededRows(orderId)).isEqualTo(1);
    }
}
