package com.shop.pay.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.api.PaymentService;
import com.shop.api.ServiceVersions;
import com.shop.common.id.IdGenerator;
import com.shop.pay.PayServiceTestBase;
import com.shop.pojo.pay.PaymentView;
import com.shop.pojo.pay.RefundStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reconciliation and the refund retry walk their whole backlog round by round: more rows than a round's batch that
 * never get anywhere (the platform knows nothing of them), older than any other and with lower ids, hold up none of
 * the rows behind them.
 */
class BacklogScanTest extends PayServiceTestBase {

    private static final Duration SOON = Duration.ofSeconds(30);
    /** More than a round's batch (shop.pay.reconcile-batch-size, 50). */
    private static final int STUCK_ROWS = 60;

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 10_000)
    PaymentService payments;

    @Autowired
    IdGenerator ids;

    private final List<Long> stuck = new ArrayList<>();

    @AfterEach
    void removeStuckRows() {
        for (long id : stuck) {
            jdbc.update("DELETE FROM trade_pay WHERE pay_id = ?", id);
            jdbc.update("DELETE FROM trade_refund WHERE refund_id = ?", id);
        }
    }

    @Test
    void reconciliationReachesAPaymentBehindABatchThatNeverSettles() {
        for (int i = 0; i < STUCK_ROWS; i++) {
            long id = stuckId();
            jdbc.update(
                    "INSERT INTO trade_pay (pay_id, order_id, user_id, pay_amount, pay_status, open_order_id, "
                            + "create_time) VALUES (?, ?, ?, 1.00, 1, ?, '2000-01-01')",
                    id,
                    id,
                    ALICE,
                    id);
        }
        long orderId = orders.confirmedOrder(ALICE, "9.00");
        PaymentView payment = payments.createPayment(ALICE, orderId);
        sandbox.dropNotifications();
        try {
            sandbox.pay(payment.getPayId());

            await().atMost(SOON)
                    .untilAsserted(
                            () -> assertThat(payStatus(payment.getPayId())).isEqualTo(2));
        } finally {
            sandbox.deliverNotifications();
        }
        assertThat(paymentSucceededRows(orderId)).isEqualTo(1);
    }

    @Test
    void theRefundRetryReachesARefundBehindABatchThatNeverSucceeds() {
        for (int i = 0; i < STUCK_ROWS; i++) {
            long id = stuckId();
            jdbc.update(
                    "INSERT INTO trade_refund (refund_id, order_id, pay_id, refund_amount, refund_status, reason, "
                            + "create_time) VALUES (?, ?, ?, 1.00, 0, 'its payment is unknown', '2000-01-01')",
                    id,
                    id,
                    id);
        }
        long orderId = orders.confirmedOrder(ALICE, "8.00");
        PaymentView payment = payments.createPayment(ALICE, orderId);
        sandbox.pay(payment.getPayId());
        await().atMost(SOON)
                .untilAsserted(() -> assertThat(payStatus(payment.getPayId())).isEqualTo(2));
        long refundId = ids.nextId();

        // recorded, and the service stopped before it asked the platform
        jdbc.update(
                "INSERT INTO trade_refund (refund_id, order_id, pay_id, refund_amount, refund_status, reason, "
                        + "create_time) VALUES (?, ?, ?, 8.00, 0, 'refunded at the user''s request', NOW(3))",
                refundId,
                orderId,
                payment.getPayId());

        await().atMost(SOON)
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT refund_status FROM trade_refund WHERE refund_id = ?", Integer.class, refundId))
                        .isEqualTo(RefundStatus.SUCCEEDED.code()));
        assertThat(sandbox.trade(payment.getPayId()).get("refundedFee").asLong())
                .isEqualTo(800);
    }

    /** Below every id the service mints. */
    private long stuckId() {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 100_000_000_000_000L);
        stuck.add(id);
        return id;
    }
}
