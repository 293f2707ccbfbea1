package com.shop.pay.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.api.PaymentService;
import com.shop.api.ServiceVersions;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.OrderAlreadyPaidException;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.pay.PayServiceTestBase;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.order.PayStatus;
import com.shop.pojo.pay.PaymentClosure;
import com.shop.pojo.pay.PaymentStatus;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.RefundStatus;
import com.shop.pojo.pay.RefundView;
import java.time.Duration;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** Payments over Dubbo against the WeChat Pay sandbox: open, pay and notify, reconcile, close, refund. */
class PaymentFlowTest extends PayServiceTestBase {

    private static final Duration SOON = Duration.ofSeconds(20);

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 10_000)
    PaymentService payments;

    @Test
    void opensOnePaymentForTheOrdersStoredAmountHoweverOftenAsked() {
        long orderId = orders.confirmedOrder(ALICE, "107.50");

        PaymentView first = payments.createPayment(ALICE, orderId);
        PaymentView second = payments.createPayment(ALICE, orderId);

        assertThat(first.getPayAmount()).isEqualByComparingTo("107.50");
        assertThat(first.getPayStatus()).isEqualTo(PaymentStatus.PAYING);
        assertThat(first.getCodeUrl()).startsWith("weixin://wxpay/bizpayurl?pr=");
        assertThat(second.getPayId()).isEqualTo(first.getPayId());
        assertThat(second.getCodeUrl()).isEqualTo(first.getCodeUrl());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trade_pay WHERE order_id = ?", Integer.class, orderId))
                .isEqualTo(1);
        JsonNode trade = sandbox.trade(first.getPayId());
        assertThat(trade.get("totalFee").asLong()).isEqualTo(10750);
        assertThat(trade.get("tradeState").asText()).isEqualTo("NOTPAY");
    }

    @Test
    void ordersThatCannotBePaidAreRefusedWithoutAPayment() {
        long bobsOrder = orders.confirmedOrder(BOB, "10.00");
        long paidInFull = orders.confirmedOrder(ALICE, "0.00");
        long paid = orders.put(ALICE, OrderStatus.CONFIRMED, PayStatus.PAID, "10.00");
        long cancelled = orders.put(ALICE, OrderStatus.CANCELLED, PayStatus.UNPAID, "10.00");
        long unconfirmed = orders.put(ALICE, OrderStatus.UNCONFIRMED, PayStatus.UNPAID, "10.00");

        assertThatThrownBy(() -> payments.createPayment(ALICE, bobsOrder)).isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> payments.createPayment(ALICE, paidInFull))
                .isInstanceOf(OrderAlreadyPaidException.class);
        assertThatThrownBy(() -> payments.createPayment(ALICE, paid)).isInstanceOf(OrderAlreadyPaidException.class);
        assertThatThrownBy(() -> payments.createPayment(ALICE, cancelled))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThatThrownBy(() -> payments.createPayment(ALICE, unconfirmed))
                .isInstanceOf(IllegalOrderStateException.class);
        for (long orderId : new long[] {bobsOrder, paidInFull, paid, cancelled, unconfirmed}) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trade_pay WHERE order_id = ?", Integer.class, orderId))
                    .isZero();
        }
    }

    @Test
    void aPaymentMadeAtThePlatformIsNotifiedMarkedPaidAndAnnouncedOnce() {
        long orderId = orders.confirmedOrder(ALICE, "40.00");
        PaymentView payment = payments.createPayment(ALICE, orderId);

        assertThat(sandbox.pay(payment.getPayId())).isEqualTo(200);

        await().atMost(SOON)
                .untilAsserted(() -> assertThat(paymentSucceededStatus(orderId)).isEqualTo(1));
        assertThat(payStatus(payment.getPayId())).isEqualTo(PaymentStatus.PAID.code());
        assertThat(paymentSucceededRows(orderId)).isEqualTo(1);
        PaymentView read = payments.getPayment(ALICE, payment.getPayId());
        assertThat(read.getPayStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(read.getPayTime()).isNotNull();
        assertThat(sandbox.trade(payment.getPayId()).get("notified").asBoolean())
                .isTrue();
        assertThatThrownBy(() -> payments.createPayment(ALICE, orderId)).isInstanceOf(OrderAlreadyPaidException.class);
    }

    @Test
    void aLostNotificationIsFoundByReconciliation() {
        long orderId = orders.confirmedOrder(ALICE, "12.34");
        PaymentView payment = payments.createPayment(ALICE, orderId);
        sandbox.dropNotifications();
        try {
            assertThat(sandbox.pay(payment.getPayId())).isEqualTo(200);

            await().atMost(SOON)
                    .untilAsserted(
                            () -> assertThat(payStatus(payment.getPayId())).isEqualTo(2));
            assertThat(sandbox.trade(payment.getPayId()).get("notifyAttempts").asInt())
                    .isZero();
            await().atMost(SOON)
                    .untilAsserted(
                            () -> assertThat(paymentSucceededStatus(orderId)).isEqualTo(1));
            assertThat(paymentSucceededRows(orderId)).isEqualTo(1);
        } finally {
            sandbox.deliverNotifications();
        }
    }

    @Test
    void readingAPayingPaymentAsksThePlatform() {
        long orderId = orders.confirmedOrder(ALICE, "3.00");
        PaymentView payment = payments.createPayment(ALICE, orderId);
        sandbox.dropNotifications();
        try {
            sandbox.pay(payment.getPayId());

            assertThat(payments.getPayment(ALICE, payment.getPayId()).getPayStatus())
                    .isEqualTo(PaymentStatus.PAID);
            assertThat(paymentSucceededRows(orderId)).isEqualTo(1);
        } finally {
            sandbox.deliverNotifications();
        }
    }

    @Test
    void aClosedPaymentCanNoLongerBePaid() {
        long orderId = orders.confirmedOrder(ALICE, "20.00");
        PaymentView payment = payments.createPayment(ALICE, orderId);

        assertThat(payments.closeOrderPayment(orderId)).isEqualTo(PaymentClosure.CLOSED);

        assertThat(payStatus(payment.getPayId())).isEqualTo(PaymentStatus.CLOSED.code());
        assertThat(sandbox.trade(payment.getPayId()).get("tradeState").asText()).isEqualTo("CLOSED");
        assertThat(sandbox.pay(payment.getPayId())).isEqualTo(409);
        assertThat(payments.closeOrderPayment(orderId)).as("closing again").isEqualTo(PaymentClosure.NO_PAYMENT);
        assertThat(payments.closeOrderPayment(orders.confirmedOrder(ALICE, "1.00")))
                .isEqualTo(PaymentClosure.NO_PAYMENT);
    }

    @Test
    void closingATradePaidMeanwhileAppliesThePayment() {
        long orderId = orders.confirmedOrder(ALICE, "20.00");
        PaymentView payment = payments.createPayment(ALICE, orderId);
        sandbox.dropNotifications();
        try {
            sandbox.pay(payment.getPayId());

            assertThat(payments.closeOrderPayment(orderId)).isEqualTo(PaymentClosure.PAID);

            assertThat(payStatus(payment.getPayId())).isEqualTo(PaymentStatus.PAID.code());
            assertThat(paymentSucceededRows(orderId)).isEqualTo(1);
            assertThat(payments.closeOrderPayment(orderId)).isEqualTo(PaymentClosure.PAID);
        } finally {
            sandbox.deliverNotifications();
        }
    }

    @Test
    void aPaidPaymentIsRefundedInFullOnceHoweverOftenAsked() {
        long orderId = orders.confirmedOrder(ALICE, "105.00");
        PaymentView payment = payments.createPayment(ALICE, orderId);
        sandbox.pay(payment.getPayId());
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(payStatus(payment.getPayId())).isEqualTo(2));

        RefundView refund = payments.refundOrderPayment(orderId, "refunded at the user's request");
        RefundView again = payments.refundOrderPayment(orderId, "refunded at the user's request");

        assertThat(refund.getRefundStatus()).isNotEqualTo(RefundStatus.FAILED);
        assertThat(refund.getRefundAmount()).isEqualByComparingTo("105.00");
        await().atMost(SOON)
                .untilAsserted(
                        () -> assertThat(refundStatusOf(payment.getPayId())).isEqualTo(RefundStatus.SUCCEEDED.code()));
        assertThat(again.getRefundId()).isEqualTo(refund.getRefundId());
        JsonNode trade = sandbox.trade(payment.getPayId());
        assertThat(trade.get("tradeState").asText()).isEqualTo("REFUND");
        assertThat(trade.get("refundedFee").asLong()).isEqualTo(10500);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trade_refund WHERE order_id = ?", Integer.class, orderId))
                .isEqualTo(1);
    }

    @Test
    void aRefundAskedAgainAfterItSucceededIsReturnedAsItIsAndRefundsNothingMore() {
        long orderId = orders.confirmedOrder(ALICE, "42.00");
        PaymentView payment = payments.createPayment(ALICE, orderId);
        sandbox.pay(payment.getPayId());
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(payStatus(payment.getPayId())).isEqualTo(2));
        RefundView refund = payments.refundOrderPayment(orderId, "refunded at the user's request");
        await().atMost(SOON)
                .untilAsserted(
                        () -> assertThat(refundStatusOf(payment.getPayId())).isEqualTo(RefundStatus.SUCCEEDED.code()));

        // the order service's sweeper asks again for an order whose cancel stopped after the first ask
        RefundView again = payments.refundOrderPayment(orderId, "refunded at the user's request");

        assertThat(again.getRefundId()).isEqualTo(refund.getRefundId());
        assertThat(again.getRefundStatus()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(again.getRefundAmount()).isEqualByComparingTo("42.00");
        assertThat(sandbox.trade(payment.getPayId()).get("refundedFee").asLong())
                .isEqualTo(4200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trade_refund WHERE order_id = ?", Integer.class, orderId))
                .isEqualTo(1);
    }

    @Test
    void anOrderWithoutAPaidPaymentHasNothingToRefund() {
        long orderId = orders.confirmedOrder(ALICE, "5.00");
        payments.createPayment(ALICE, orderId);

        assertThatThrownBy(() -> payments.refundOrderPayment(orderId, "why not"))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trade_refund WHERE order_id = ?", Integer.class, orderId))
                .isZero();
    }

    @Test
    void moneyThatReachesAClosedTradeIsRefundedAndAnnouncedToNobody() {
        long orderId = orders.confirmedOrder(ALICE, "30.00");
        PaymentView payment = payments.createPayment(ALICE, orderId);
        assertThat(payments.closeOrderPayment(orderId)).isEqualTo(PaymentClosure.CLOSED);

        assertThat(sandbox.payClosed(payment.getPayId())).isEqualTo(200);

        await().atMost(SOON)
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT refund_status FROM trade_refund WHERE pay_id = ?",
                                Integer.class,
                                payment.getPayId()))
                        .isEqualTo(RefundStatus.SUCCEEDED.code()));
        assertThat(payStatus(payment.getPayId())).isEqualTo(PaymentStatus.PAID.code());
        assertThat(sandbox.trade(payment.getPayId()).get("tradeState").asText()).isEqualTo("REFUND");
        assertThat(sandbox.trade(payment.getPayId()).get("notified").asBoolean())
                .isTrue();
        assertThat(paymentSucceededRows(orderId)).isZero();
    }

    @Test
    void anOrderWithTwoPaidPaymentsIsRefundedTheOneThatPaidItAndTheExtraOneOnItsOwn() {
        long orderId = orders.confirmedOrder(ALICE, "30.00");
        PaymentView closed = payments.createPayment(ALICE, orderId);
        assertThat(payments.closeOrderPayment(orderId)).isEqualTo(PaymentClosure.CLOSED);
        PaymentView paid = payments.createPayment(ALICE, orderId);
        sandbox.pay(paid.getPayId());
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(payStatus(paid.getPayId())).isEqualTo(2));
        assertThat(sandbox.payClosed(closed.getPayId())).isEqualTo(200);
        await().atMost(SOON)
                .untilAsserted(
                        () -> assertThat(refundStatusOf(closed.getPayId())).isEqualTo(RefundStatus.SUCCEEDED.code()));

        RefundView refund = payments.refundOrderPayment(orderId, "refunded at the user's request");
        RefundView again = payments.refundOrderPayment(orderId, "refunded at the user's request");

        assertThat(refund.getPayId()).isEqualTo(paid.getPayId());
        assertThat(refund.getRefundStatus()).isNotEqualTo(RefundStatus.FAILED);
        assertThat(refund.getRefundAmount()).isEqualByComparingTo("30.00");
        await().atMost(SOON)
                .untilAsserted(
                        () -> assertThat(refundStatusOf(paid.getPayId())).isEqualTo(RefundStatus.SUCCEEDED.code()));
        assertThat(again.getRefundId()).isEqualTo(refund.getRefundId());
        for (long payId : new long[] {closed.getPayId(), paid.getPayId()}) {
            assertThat(sandbox.trade(payId).get("refundedFee").asLong()).isEqualTo(3000);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trade_refund WHERE order_id = ?", Integer.class, orderId))
                .isEqualTo(2);
        assertThat(paymentSucceededRows(orderId)).isEqualTo(1);
    }

    private Integer refundStatusOf(long payId) {
        return jdbc
                .queryForList("SELECT refund_status FROM trade_refund WHERE pay_id = ?", Integer.class, payId)
                .stream()
                .findFirst()
                .orElse(null);
    }
}
