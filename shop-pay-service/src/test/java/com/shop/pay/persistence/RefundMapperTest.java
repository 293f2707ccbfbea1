package com.shop.pay.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.common.id.IdGenerator;
import com.shop.pay.PayServiceTestBase;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.Refund;
import com.shop.pojo.pay.RefundStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every statement of {@link RefundMapper} on the real database with the Flyway schema. The refunds here are of
 * payments the platform never saw, so the running service's refund retry cannot make them succeed.
 */
class RefundMapperTest extends PayServiceTestBase {

    @Autowired
    RefundMapper refunds;

    @Autowired
    IdGenerator ids;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeRefunds() {
        created.forEach(refundId -> jdbc.update("DELETE FROM trade_refund WHERE refund_id = ?", refundId));
    }

    @Test
    void aPendingRefundIsStoredAndFoundByItsPayment() {
        Refund pending = pending("the order was cancelled");

        Refund stored = refunds.findByPayment(pending.getPayId());

        assertThat(stored.getRefundId()).isEqualTo(pending.getRefundId());
        assertThat(stored.getOrderId()).isEqualTo(pending.getOrderId());
        assertThat(stored.getRefundAmount()).isEqualByComparingTo("6.50");
        assertThat(stored.getRefundStatus()).isEqualTo(RefundStatus.PENDING);
        assertThat(stored.getReason()).isEqualTo("the order was cancelled");
        assertThat(stored.getCreateTime()).isNotNull();
        assertThat(stored.getGatewayRefundId()).isNull();
        assertThat(stored.getRefundTime()).isNull();
        assertThat(refunds.findByPayment(ids.nextId())).isNull();
    }

    @Test
    void aPaymentGetsNoSecondRefund() {
        Refund first = pending("cancelled");
        Refund second = Refund.pendingOf(ids.nextId(), paymentOf(first.getPayId(), first.getOrderId()), "again");
        created.add(second.getRefundId());

        assertThat(refunds.insertPending(second)).isZero();
        assertThat(refunds.findByPayment(first.getPayId()).getRefundId()).isEqualTo(first.getRefundId());
    }

    @Test
    void aLongReasonIsCutToItsColumn() {
        Refund pending = pending("x".repeat(300));

        assertThat(refunds.findByPayment(pending.getPayId()).getReason()).hasSize(255);
    }

    @Test
    void aRefundSucceedsOnce() {
        Refund pending = pending("cancelled");

        assertThat(refunds.markSucceeded(pending.getRefundId(), "gateway-1")).isEqualTo(1);
        assertThat(refunds.markSucceeded(pending.getRefundId(), "gateway-2"))
                .as("the second transition")
                .isZero();

        Refund succeeded = refunds.findByPayment(pending.getPayId());
        assertThat(succeeded.getRefundStatus()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(succeeded.getGatewayRefundId()).isEqualTo("gateway-1");
        assertThat(succeeded.getRefundTime()).isNotNull();
    }

    @Test
    void thePendingBacklogIsReadByAgeFromTheCursorOn() {
        Refund older = pending("cancelled");
        Refund newer = pending("cancelled");
        Refund succeeded = pending("cancelled");
        refunds.markSucceeded(succeeded.getRefundId(), "gateway-1");
        // younger than the refund retry's age (shop.pay.refund-retry-after), which would otherwise try them meanwhile
        jdbc.update(
                "UPDATE trade_refund SET create_time = NOW(3) - INTERVAL 300000 MICROSECOND "
                        + "WHERE refund_id IN (?, ?, ?)",
                older.getRefundId(),
                newer.getRefundId(),
                succeeded.getRefundId());
        long before = older.getRefundId() - 1;

        assertThat(refunds.findPendingOlderThan(100, before, 100))
                .extracting(Refund::getRefundId)
                .contains(older.getRefundId(), newer.getRefundId())
                .doesNotContain(succeeded.getRefundId())
                .isSorted();
        assertThat(refunds.findPendingOlderThan(100, before, 1))
                .extracting(Refund::getRefundId)
                .containsExactly(older.getRefundId());
        assertThat(refunds.findPendingOlderThan(100, older.getRefundId(), 100))
                .extracting(Refund::getRefundId)
                .doesNotContain(older.getRefundId())
                .contains(newer.getRefundId());
        assertThat(refunds.findPendingOlderThan(60_000, before, 100))
                .extracting(Refund::getRefundId)
                .doesNotContain(older.getRefundId(), newer.getRefundId());
    }

    @Test
    void recentRefundsAreNewestFirstAFailedOneWithItsReason() {
        Refund older = pending("cancelled");
        Refund newer = pending("cancelled again");
        assertThat(refunds.markFailed(older.getRefundId(), "REFUNDCLOSE")).isEqualTo(1);

        List<Refund> recent = refunds.findRecent(100);

        assertThat(recent).extracting(Refund::getRefundId).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(recent)
                .extracting(Refund::getRefundId)
                .containsSubsequence(newer.getRefundId(), older.getRefundId());
        assertThat(recent)
                .filteredOn(refund -> refund.getRefundId() == older.getRefundId())
                .singleElement()
                .satisfies(failed -> {
                    assertThat(failed.getRefundStatus()).isEqualTo(RefundStatus.FAILED);
                    assertThat(failed.getFailureReason()).isEqualTo("REFUNDCLOSE");
                });
        assertThat(refunds.findRecent(1)).hasSize(1);
    }

    private Refund pending(String reason) {
        Refund refund = Refund.pendingOf(ids.nextId(), paymentOf(ids.nextId(), ids.nextId()), reason);
        created.add(refund.getRefundId());
        assertThat(refunds.insertPending(refund)).isEqualTo(1);
        return refund;
    }

    private static Payment paymentOf(long payId, long orderId) {
        return Payment.builder()
                .payId(payId)
                .orderId(orderId)
                .userId(ALICE)
                .payAmount(new BigDecimal("6.50"))
                .build();
    }
}
