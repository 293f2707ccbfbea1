package com.shop.pay.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.shop.api.PaymentService;
import com.shop.api.ServiceVersions;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.common.messaging.TestMessages;
import com.shop.pay.PayServiceTestBase;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import com.shop.pojo.order.OrderStatus;
import com.shop.pojo.pay.PaymentStatus;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.RefundStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * A payment opened or paid while its order was being cancelled: the cancellation, a real OrderCancelled delivered
 * twice, closes or refunds it once.
 */
class OrderCancelledListenerTest extends PayServiceTestBase {

    private static final Duration SOON = Duration.ofSeconds(30);

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 10_000)
    PaymentService payments;

    @Value("${rocketmq.name-server}")
    String nameServer;

    private TestMessages messages;

    @BeforeEach
    void startSender() throws Exception {
        messages = new TestMessages(nameServer, "pay-listener-test");
    }

    @AfterEach
    void stopSender() {
        messages.close();
    }

    @Test
    void aPaymentStillPayingWhenItsOrderWasCancelledIsClosedHereAndAtThePlatform() throws Exception {
        long orderId = orders.confirmedOrder(ALICE, "25.00");
        PaymentView payment = payments.createPayment(ALICE, orderId);

        sendTwice(orderId);

        awaitProcessed(orderId);
        assertThat(payStatus(payment.getPayId())).isEqualTo(PaymentStatus.CLOSED.code());
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(sandbox.trade(payment.getPayId())
                                .get("tradeState")
                                .asText())
                        .isEqualTo("CLOSED"));
        assertThat(sandbox.pay(payment.getPayId()))
                .as("nobody can pay it any more")
                .isEqualTo(409);
        assertThat(paymentSucceededRows(orderId)).isZero();
    }

    @Test
    void aPaymentPaidForAnOrderThatWasCancelledMeanwhileIsRefundedOnce() throws Exception {
        long orderId = orders.confirmedOrder(ALICE, "42.00");
        PaymentView payment = payments.createPayment(ALICE, orderId);
        sandbox.pay(payment.getPayId());
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(payStatus(payment.getPayId())).isEqualTo(2));

        sendTwice(orderId);

        awaitProcessed(orderId);
        await().atMost(SOON)
                .untilAsserted(
                        () -> assertThat(refundStatuses(orderId)).containsExactly(RefundStatus.SUCCEEDED.code()));
        assertThat(jdbc.queryForObject(
                        "SELECT refund_amount FROM trade_refund WHERE order_id = ?", BigDecimal.class, orderId))
                .isEqualByComparingTo("42.00");
        assertThat(sandbox.trade(payment.getPayId()).get("tradeState").asText()).isEqualTo("REFUND");
        assertThat(sandbox.trade(payment.getPayId()).get("refundedFee").asLong())
                .isEqualTo(4200);
    }

    @Test
    void theCancellationOfARefundedOrderRefundsNothingMore() throws Exception {
        long orderId = orders.confirmedOrder(ALICE, "15.00");
        PaymentView payment = payments.createPayment(ALICE, orderId);
        sandbox.pay(payment.getPayId());
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(payStatus(payment.getPayId())).isEqualTo(2));
        long refundId = payments.refundOrderPayment(orderId, "refunded at the user's request")
                .getRefundId();

        sendTwice(orderId);

        awaitProcessed(orderId);
        assertThat(jdbc.queryForList("SELECT refund_id FROM trade_refund WHERE order_id = ?", Long.class, orderId))
                .containsExactly(refundId);
        assertThat(sandbox.trade(payment.getPayId()).get("refundedFee").asLong())
                .isEqualTo(1500);
    }

    @Test
    void theCancellationOfAnOrderWithTwoPaidPaymentsRefundsEachOnceInFull() throws Exception {
        long orderId = orders.confirmedOrder(ALICE, "21.00");
        PaymentView closed = payments.createPayment(ALICE, orderId);
        payments.closeOrderPayment(orderId);
        PaymentView paid = payments.createPayment(ALICE, orderId);
        sandbox.pay(paid.getPayId());
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(payStatus(paid.getPayId())).isEqualTo(2));
        sandbox.payClosed(closed.getPayId()); // the payer's money reached the closed trade after all
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(payStatus(closed.getPayId())).isEqualTo(2));

        sendTwice(orderId);

        awaitProcessed(orderId);
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(refundStatuses(orderId))
                        .containsExactly(RefundStatus.SUCCEEDED.code(), RefundStatus.SUCCEEDED.code()));
        assertThat(jdbc.queryForList(
                        "SELECT pay_id FROM trade_refund WHERE order_id = ? AND refund_amount = 21.00",
                        Long.class,
                        orderId))
                .containsExactlyInAnyOrder(closed.getPayId(), paid.getPayId());
        for (long payId : new long[] {closed.getPayId(), paid.getPayId()}) {
            assertThat(sandbox.trade(payId).get("refundedFee").asLong()).isEqualTo(2100);
        }
    }

    @Test
    void aCancellationBetweenTheOrdersCheckAndThePaymentsInsertIsSeenBeforeTheTradeOpens() {
        long orderId = orders.confirmedOrder(ALICE, "18.00");
        orders.changeAfterNextRead(orderId, OrderStatus.INVALID);

        assertThatThrownBy(() -> payments.createPayment(ALICE, orderId)).isInstanceOf(IllegalOrderStateException.class);

        long payId = jdbc.queryForObject("SELECT pay_id FROM trade_pay WHERE order_id = ?", Long.class, orderId);
        assertThat(payStatus(payId)).isEqualTo(PaymentStatus.CLOSED.code());
        assertThat(sandbox.trade(payId)).as("no trade was opened").isNull();
    }

    private void sendTwice(long orderId) throws Exception {
        OrderCancelled event = OrderCancelled.builder()
                .orderId(orderId)
                .userId(ALICE)
                .goodsId(1001L)
                .goodsNumber(1)
                .moneyPaid(BigDecimal.ZERO)
                .reason("test")
                .build();
        messages.send(MessageTopics.ORDER, MessageTopics.ORDER_CANCELLED, orderId, event, 2);
    }

    private void awaitProcessed(long orderId) throws InterruptedException {
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "SELECT consumer_status FROM trade_mq_consumer_log WHERE group_name = ? AND msg_tag = ? AND msg_key = ?",
                                Integer.class,
                                OrderCancelledListener.GROUP,
                                MessageTopics.ORDER_CANCELLED,
                                Long.toString(orderId)))
                        .containsExactly(1));
        Thread.sleep(2_000); // room for the second delivery to arrive and be absorbed
    }

    private List<Integer> refundStatuses(long orderId) {
        return jdbc.queryForList("SELECT refund_status FROM trade_refund WHERE order_id = ?", Integer.class, orderId);
    }
}
