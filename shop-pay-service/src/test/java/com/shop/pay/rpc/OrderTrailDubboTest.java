package com.shop.pay.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.shop.api.OrderTrail;
import com.shop.api.ServiceGroups;
import com.shop.api.ServiceVersions;
import com.shop.pay.PayServiceTestBase;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** The pay service's part of an order's trail, asked of its own group over Dubbo: payments, refunds, messages. */
class OrderTrailDubboTest extends PayServiceTestBase {

    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.PAY,
            scope = "remote",
            check = false,
            timeout = 5000)
    OrderTrail trail;

    private static long newId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    @Test
    void aPaidAndRefundedOrderShowsEachMomentOfItsPaymentAndRefund() {
        long orderId = newId();
        long payId = newId();
        jdbc.update(
                "INSERT INTO trade_pay (pay_id, order_id, user_id, pay_amount, pay_status, transaction_id,"
                        + " create_time, pay_time) VALUES (?, ?, ?, 30.00, 2, 'wx-1',"
                        + " NOW(3) - INTERVAL 5 SECOND, NOW(3) - INTERVAL 4 SECOND)",
                payId,
                orderId,
                ALICE);
        jdbc.update(
                "INSERT INTO trade_refund (refund_id, order_id, pay_id, refund_amount, refund_status, reason,"
                        + " create_time, accept_time, refund_time) VALUES (?, ?, ?, 30.00, 1, 'order cancelled',"
                        + " NOW(3) - INTERVAL 3 SECOND, NOW(3) - INTERVAL 2 SECOND, NOW(3) - INTERVAL 1 SECOND)",
                newId(),
                orderId,
                payId);
        jdbc.update(
                "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body, msg_status,"
                        + " attempts, create_time) VALUES (?, 'pay-service', 'shop-pay', 'PaymentSucceeded', ?, '{}',"
                        + " 1, 1, NOW(3) - INTERVAL 3500000 MICROSECOND)",
                "test-" + orderId,
                Long.toString(orderId));

        assertThat(trail.trailOf(orderId).getEntries())
                .extracting(TrailEntry::getService, TrailEntry::getKind, TrailEntry::getName)
                .containsExactly(
                        tuple("pay", TrailKind.PAYMENT, "payment opened"),
                        tuple("pay", TrailKind.PAYMENT, "payment succeeded"),
                        tuple("pay", TrailKind.MESSAGE_SENT, "PaymentSucceeded sent"),
                        tuple("pay", TrailKind.REFUND, "refund requested"),
                        tuple("pay", TrailKind.REFUND, "refund accepted by the platform"),
                        tuple("pay", TrailKind.REFUND, "refund succeeded"));
        assertThat(trail.trailOf(orderId).getEntries())
                .filteredOn(entry -> entry.getName().equals("payment succeeded"))
                .singleElement()
                .satisfies(paid -> assertThat(paid.getAmount()).isEqualByComparingTo(new BigDecimal("30.00")));
    }

    @Test
    void aFailedAttemptAClosedPaymentAndAFailedRefundKeepTheirReasons() {
        long orderId = newId();
        long payId = newId();
        jdbc.update(
                "INSERT INTO trade_pay (pay_id, order_id, user_id, pay_amount, pay_status, err_code, err_code_des,"
                        + " create_time, fail_time, pay_time, close_time) VALUES (?, ?, ?, 30.00, 3, 'NOTENOUGH',"
                        + " 'balance too low', NOW(3) - INTERVAL 5 SECOND, NOW(3) - INTERVAL 4 SECOND,"
                        + " NOW(3) - INTERVAL 3 SECOND, NOW(3) - INTERVAL 2 SECOND)",
                payId,
                orderId,
                ALICE);
        jdbc.update(
                "INSERT INTO trade_refund (refund_id, order_id, pay_id, refund_amount, refund_status, failure_reason,"
                        + " create_time, refund_time) VALUES (?, ?, ?, 30.00, 2, 'REFUNDCLOSE',"
                        + " NOW(3) - INTERVAL 1 SECOND, NOW(3))",
                newId(),
                orderId,
                payId);

        assertThat(trail.trailOf(orderId).getEntries())
                .extracting(TrailEntry::getName, TrailEntry::getReason)
                .containsExactly(
                        tuple("payment opened", null),
                        tuple("payment attempt failed", "NOTENOUGH: balance too low"),
                        tuple("payment succeeded", null),
                        tuple("payment closed", null),
                        tuple("refund requested", null),
                        tuple("refund failed", "REFUNDCLOSE"));
    }
}
