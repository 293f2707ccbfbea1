package com.shop.pay.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.common.id.IdGenerator;
import com.shop.pay.PayServiceTestBase;
import com.shop.pay.domain.Payment;
import com.shop.pojo.pay.PaymentStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every statement of {@link PaymentMapper} on the real database with the Flyway schema. The payments here are kept
 * younger than the reconciliation's age (shop.pay.reconcile-after), so that the running service leaves them alone.
 */
class PaymentMapperTest extends PayServiceTestBase {

    private static final Date PAID_AT = new Date(1_700_000_000_000L);

    @Autowired
    PaymentMapper payments;

    @Autowired
    IdGenerator ids;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removePayments() {
        created.forEach(payId -> jdbc.update("DELETE FROM trade_pay WHERE pay_id = ?", payId));
    }

    @Test
    void anOpenPaymentIsStoredAndFoundByIdAndAsItsOrdersOpenOne() {
        Payment opened = opened(ids.nextId(), "12.30");

        Payment stored = payments.findById(opened.getPayId());

        assertThat(stored.getOrderId()).isEqualTo(opened.getOrderId());
        assertThat(stored.getUserId()).isEqualTo(ALICE);
        assertThat(stored.getPayAmount()).isEqualByComparingTo("12.30");
        assertThat(stored.getPayStatus()).isEqualTo(PaymentStatus.PAYING);
        assertThat(stored.getCreateTime()).isNotNull();
        assertThat(stored.getCodeUrl()).isNull();
        assertThat(stored.getPayTime()).isNull();
        assertThat(stored.getCloseTime()).isNull();
        assertThat(payments.findOpenByOrder(opened.getOrderId()).getPayId()).isEqualTo(opened.getPayId());
        assertThat(payments.findPaidByOrder(opened.getOrderId())).isNull();
        assertThat(payments.findById(ids.nextId())).isNull();
    }

    @Test
    void anOrderGetsNoSecondOpenPayment() {
        long orderId = ids.nextId();
        Payment first = opened(orderId, "5.00");

        Payment second = Payment.opening(ids.nextId(), orderId, ALICE, new BigDecimal("5.00"));
        created.add(second.getPayId());

        assertThat(payments.insertOpen(second)).isZero();
        assertThat(payments.findById(second.getPayId())).isNull();
        assertThat(payments.findOpenByOrder(orderId).getPayId()).isEqualTo(first.getPayId());
    }

    @Test
    void theTradeIsAttachedToAPayingPaymentOnly() {
        Payment opened = opened(ids.nextId(), "1.00");

        assertThat(payments.attachTrade(opened.getPayId(), "weixin://pay/1", "prepay-1"))
                .isEqualTo(1);
        Payment withTrade = payments.findById(opened.getPayId());
        assertThat(withTrade.getCodeUrl()).isEqualTo("weixin://pay/1");
        assertThat(withTrade.getPrepayId()).isEqualTo("prepay-1");

        payments.markClosed(opened.getPayId());
        assertThat(payments.attachTrade(opened.getPayId(), "weixin://pay/2", "prepay-2"))
                .isZero();
        assertThat(payments.findById(opened.getPayId()).getCodeUrl()).isEqualTo("weixin://pay/1");
    }

    @Test
    void aPaymentIsMarkedPaidOnceAndStaysItsOrdersOpenOne() {
        Payment opened = opened(ids.nextId(), "7.00");

        assertThat(payments.markPaid(opened.getPayId(), "tx-1", PAID_AT)).isEqualTo(1);
        assertThat(payments.markPaid(opened.getPayId(), "tx-2", new Date()))
                .as("the second transition")
                .isZero();

        Payment paid = payments.findById(opened.getPayId());
        assertThat(paid.getPayStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.getTransactionId()).isEqualTo("tx-1");
        assertThat(paid.getPayTime()).hasSameTimeAs(PAID_AT);
        assertThat(payments.findPaidByOrder(opened.getOrderId()).getPayId()).isEqualTo(opened.getPayId());
        assertThat(payments.findOpenByOrder(opened.getOrderId()).getPayId()).isEqualTo(opened.getPayId());
        assertThat(payments.markClosed(opened.getPayId()))
                .as("a paid payment is not closed")
                .isZero();
        assertThat(payments.markPaidAfterClose(opened.getPayId(), "tx-3", new Date()))
                .isZero();
    }

    @Test
    void aClosedPaymentLeavesItsOrderFreeForANewOne() {
        Payment opened = opened(ids.nextId(), "3.00");

        assertThat(payments.markClosed(opened.getPayId())).isEqualTo(1);
        assertThat(payments.markClosed(opened.getPayId()))
                .as("the second transition")
                .isZero();

        Payment closed = payments.findById(opened.getPayId());
        assertThat(closed.getPayStatus()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(closed.getCloseTime()).isNotNull();
        assertThat(payments.findOpenByOrder(opened.getOrderId())).isNull();
        assertThat(payments.markPaid(opened.getPayId(), "tx-1", PAID_AT))
                .as("a closed payment is not paid")
                .isZero();

        Payment next = opened(opened.getOrderId(), "3.00");
        assertThat(payments.findOpenByOrder(opened.getOrderId()).getPayId()).isEqualTo(next.getPayId());
    }

    @Test
    void aPaymentPaidAfterItsCloseIsPaidButNeverItsOrdersPayment() {
        Payment opened = opened(ids.nextId(), "4.00");
        payments.markClosed(opened.getPayId());

        assertThat(payments.markPaidAfterClose(opened.getPayId(), "tx-late", PAID_AT))
                .isEqualTo(1);
        assertThat(payments.markPaidAfterClose(opened.getPayId(), "tx-again", new Date()))
                .as("the second transition")
                .isZero();

        Payment paid = payments.findById(opened.getPayId());
        assertThat(paid.getPayStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.getTransactionId()).isEqualTo("tx-late");
        assertThat(payments.findPaidByOrder(opened.getOrderId())).isNull();
        assertThat(payments.findAllPaidByOrder(opened.getOrderId()))
                .extracting(Payment::getPayId)
                .containsExactly(opened.getPayId());
    }

    @Test
    void everyPaidPaymentOfAnOrderIsListedInIdOrder() {
        long orderId = ids.nextId();
        Payment closedThenPaid = opened(orderId, "2.00");
        payments.markClosed(closedThenPaid.getPayId());
        payments.markPaidAfterClose(closedThenPaid.getPayId(), "tx-1", PAID_AT);
        Payment paid = opened(orderId, "2.00");
        payments.markPaid(paid.getPayId(), "tx-2", PAID_AT);
        opened(ids.nextId(), "2.00");

        assertThat(payments.findAllPaidByOrder(orderId))
                .extracting(Payment::getPayId)
                .containsExactly(closedThenPaid.getPayId(), paid.getPayId());
    }

    @Test
    void thePayingBacklogIsReadByAgeFromTheCursorOn() {
        Payment older = opened(ids.nextId(), "1.00");
        Payment newer = opened(ids.nextId(), "1.00");
        Payment paid = opened(ids.nextId(), "1.00");
        payments.markPaid(paid.getPayId(), "tx-1", PAID_AT);
        jdbc.update(
                "UPDATE trade_pay SET create_time = NOW(3) - INTERVAL 1 SECOND WHERE pay_id IN (?, ?, ?)",
                older.getPayId(),
                newer.getPayId(),
                paid.getPayId());
        long before = older.getPayId() - 1;

        assertThat(payments.findPayingOlderThan(500, before, 100))
                .extracting(Payment::getPayId)
                .contains(older.getPayId(), newer.getPayId())
                .doesNotContain(paid.getPayId())
                .isSorted();
        assertThat(payments.findPayingOlderThan(500, before, 1))
                .extracting(Payment::getPayId)
                .containsExactly(older.getPayId());
        assertThat(payments.findPayingOlderThan(500, older.getPayId(), 100))
                .extracting(Payment::getPayId)
                .doesNotContain(older.getPayId())
                .contains(newer.getPayId());
        assertThat(payments.findPayingOlderThan(60_000, before, 100))
                .extracting(Payment::getPayId)
                .doesNotContain(older.getPayId(), newer.getPayId());
    }

    @Test
    void recentPaymentsOfEveryUserAreNewestFirst() {
        Payment older = opened(ids.nextId(), "1.00");
        Payment newer = opened(ids.nextId(), "2.00");

        List<Payment> recent = payments.findRecent(100);

        assertThat(recent).extracting(Payment::getPayId).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(recent).extracting(Payment::getPayId).containsSubsequence(newer.getPayId(), older.getPayId());
        assertThat(payments.findRecent(1)).hasSize(1);
    }

    private Payment opened(long orderId, String amount) {
        Payment payment = Payment.opening(ids.nextId(), orderId, ALICE, new BigDecimal(amount));
        created.add(payment.getPayId());
        assertThat(payments.insertOpen(payment)).isEqualTo(1);
        return payment;
    }
}
