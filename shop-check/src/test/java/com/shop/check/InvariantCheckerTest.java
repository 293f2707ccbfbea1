package com.shop.check;

import static com.shop.check.CheckedDatabases.update;
import static com.shop.check.SuiteFixture.GOODS;
import static com.shop.check.SuiteFixture.USER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checker on real, migrated service databases: a consistent suite passes, and each break is named with its row. */
class InvariantCheckerTest {

    private static final int CONFIRMED = 1;
    private static final int CANCELLED = 2;
    private static final int UNPAID = 0;
    private static final int PAID = 2;

    private InvariantChecker checker;
    private final SuiteFixture suite = new SuiteFixture();

    @BeforeEach
    void consistentSuite() {
        checker = new InvariantChecker(CheckedDatabases.migratedAndEmpty());
        // a paid order holding 2 units, 5.00 of balance and a coupon; a cancelled one whose parts were all given back
        suite.goods(GOODS, 100)
                .user(USER, "1000.00")
                .order(1, CONFIRMED, PAID, 2, "5.00", "10.00", 31L)
                .stockTaken(1, GOODS, 2)
                .balanceSpent(1, USER, "5.00")
                .couponUsed(31, USER, 1)
                .payment(11, 1, "10.00", PAID)
                .order(2, CANCELLED, UNPAID, 3, "0.00", "30.00", null)
                .stockTaken(2, GOODS, 3)
                .stockGivenBack(2, GOODS, 3);
    }

    @Test
    void aConsistentSuitePassesEveryInvariant() {
        CheckReport report = checker.check(CheckBounds.quiet());

        assertThat(report.passed()).as(report.format()).isTrue();
        assertThat(report.results()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(report.format()).contains("all hold").doesNotContain("FAIL");
    }

    @Test
    void stockMovedOutsideItsLedgerIsReportedWithTheGoods() {
        update("goods", "UPDATE trade_goods SET goods_number = goods_number - 1 WHERE goods_id = ?", GOODS);

        CheckReport report = checker.check(CheckBounds.quiet());

        assertThat(report.violationsOf(StockInvariants.CONSERVED))
                .singleElement()
                .satisfies(violation -> assertThat(violation.row())
                        .containsEntry("goods_id", GOODS)
                        .containsEntry("goods_number", 97)
                        .containsEntry("opening_number", 100));
        assertThat(report.violationsOf(StockInvariants.CONSERVED).get(0).describe())
                .contains("goods_id=" + GOODS, "goods_number=97", "opening_number=100");
        assertThat(report.passed()).isFalse();
        assertThat(report.format()).contains("FAIL  " + StockInvariants.CONSERVED + " (1)");
    }

    @Test
    void aCancelledOrderStillHoldingStockIsReported() {
        update("goods", "DELETE FROM trade_goods_number_log WHERE order_id = 2 AND phase = 'UNDO'");
        update("goods", "UPDATE trade_goods SET goods_number = goods_number - 3 WHERE goods_id = ?", GOODS);

        assertThat(checker.check(CheckBounds.quiet()).violationsOf(StockInvariants.HELD_BY_LIVE_ORDERS))
                .singleElement()
                .satisfies(violation -> assertThat(violation.row())
                        .containsEntry("order_id", 2L)
                        .containsEntry("units_expected", 0L)
                        .containsEntry("units_in_ledger", 3L));
    }

    @Test
    void aBalanceThatDisagreesWithItsLogIsReported() {
        update("user", "UPDATE trade_user SET user_money = user_money + 1 WHERE user_id = ?", USER);

        assertThat(checker.check(CheckBounds.quiet()).violationsOf(MoneyInvariants.CONSERVED))
                .hasSize(1);
    }

    @Test
    void aSecondPaidPaymentNotRefundedIsReported() {
        suite.payment(12, 1, "10.00", PAID);

        CheckReport report = checker.check(CheckBounds.quiet());

        assertThat(report.violationsOf(PaymentInvariants.PAID_ONCE))
                .singleElement()
                .satisfies(violation -> assertThat(violation.row()).containsEntry("paid_payments_not_refunded", 2));
    }

    @Test
    void theExtraPaymentRefundedPasses() {
        suite.payment(12, 1, "10.00", PAID).refund(21, 12, 1, "10.00");

        CheckReport report = checker.check(CheckBounds.quiet());

        assertThat(report.passed()).as(report.format()).isTrue();
    }

    @Test
    void aRefundAbovePaymentIsReported() {
        suite.refund(21, 11, 1, "10.01");

        assertThat(checker.check(CheckBounds.quiet()).violationsOf(PaymentInvariants.REFUND_WITHIN_PAID))
                .hasSize(1);
    }

    @Test
    void aCouponOfACancelledOrderIsReported() {
        suite.couponUsed(32, USER, 2);

        assertThat(checker.check(CheckBounds.quiet()).violationsOf(CouponInvariants.ONE_LIVE_ORDER))
                .singleElement()
                .satisfies(violation -> assertThat(violation.row()).containsEntry("coupon_id", 32L));
    }

    @Test
    void anEntryOfAnotherUsersOrderIsReportedAsADuplicateId() {
        suite.user(2, "50.00");
        update("user", "UPDATE trade_user_money_log SET user_id = 2 WHERE order_id = 1");

        CheckReport report = checker.check(CheckBounds.quiet());

        assertThat(report.violationsOf(IdentityInvariants.SAME_OWNER))
                .singleElement()
                .satisfies(violation -> assertThat(violation.row())
                        .containsEntry("table", "trade_user_money_log")
                        .containsEntry("owner", "2")
                        .containsEntry("owner_in_order", "1"));
    }

    @Test
    void anEntryOfAnUnknownOrderIsReported() {
        suite.stockTaken(99, GOODS, 1);

        assertThat(checker.check(CheckBounds.quiet()).violationsOf(IdentityInvariants.KNOWN_ORDER))
                .singleElement()
                .satisfies(violation -> assertThat(violation.row()).containsEntry("order_id", 99L));
    }

    @Test
    void anOutboxRowIsReportedOnlyOnceUnsentPastTheBound() {
        update(
                "pay",
                "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body,"
                        + " create_time) VALUES ('o1', 'g', 't', 'PaymentSucceeded', '1', '{}', NOW(3) - INTERVAL 10 SECOND)");

        assertThat(checker.check(CheckBounds.defaults()).violationsOf(MessagingInvariants.SENT))
                .isEmpty();
        assertThat(checker.check(CheckBounds.quiet()).violationsOf(MessagingInvariants.SENT))
                .singleElement()
                .satisfies(violation -> assertThat(violation.row())
                        .containsEntry("service", "pay")
                        .containsEntry("msg_tag", "PaymentSucceeded"));
    }

    @Test
    void anOrderThatChangedMomentsAgoIsComparedOnlyOnceSettled() {
        update("order", "UPDATE trade_order SET order_status = 2 WHERE order_id = 1");

        assertThat(checker.check(CheckBounds.defaults()).passed()).isTrue();
        CheckReport quiet = checker.check(CheckBounds.quiet());
        assertThat(quiet.violationsOf(StockInvariants.HELD_BY_LIVE_ORDERS)).hasSize(1);
        assertThat(quiet.violationsOf(MoneyInvariants.HELD_BY_LIVE_ORDERS)).hasSize(1);
        assertThat(quiet.violationsOf(CouponInvariants.ONE_LIVE_ORDER)).hasSize(1);
        assertThat(quiet.violationsOf(PaymentInvariants.PAID_BELONGS)).hasSize(1);
    }

    @Test
    void stuckOrdersAndRefundsAreReportedPastTheBound() {
        update("order", "UPDATE trade_order SET order_status = 0 WHERE order_id = 2");
        update(
                "order",
                "INSERT INTO trade_order (order_id, user_id, order_status, pay_status, address, consignee,"
                        + " goods_id, goods_number, goods_price, goods_amount, shipping_fee, order_amount, pay_amount, add_time,"
                        + " pay_deadline) VALUES (3, 1, 1, 0, 'a', 'c', 1001, 0, 10, 0, 0, 0, 0, NOW(3) - INTERVAL 1 HOUR,"
                        + " NOW(3) - INTERVAL 10 MINUTE)");
        update(
                "pay",
                "INSERT INTO trade_refund (refund_id, order_id, pay_id, refund_amount, refund_status, create_time)"
                        + " VALUES (22, 1, 11, 1.00, 0, NOW(3) - INTERVAL 10 MINUTE)");

        CheckReport report = checker.check(CheckBounds.defaults());

        assertThat(report.violationsOf(ProgressInvariants.CONFIRMED_OR_CANCELLED))
                .extracting(v -> v.row().get("order_id"))
                .containsExactly(2L);
        assertThat(report.violationsOf(ProgressInvariants.PAID_OR_CLOSED))
                .extracting(v -> v.row().get("order_id"))
                .containsExactly(3L);
        assertThat(report.violationsOf(PaymentInvariants.REFUND_ENDS))
                .extracting(v -> v.row().get("refund_id"))
                .containsExactly(22L);
    }

    @Test
    void aFailedRefundIsReportedAsNeedingAnOperatorNotAsPending() {
        update(
                "pay",
                "INSERT INTO trade_refund (refund_id, order_id, pay_id, refund_amount, refund_status,"
                        + " failure_reason, create_time, refund_time) VALUES (23, 1, 11, 1.00, 2, 'the platform reports CHANGE',"
                        + " NOW(3) - INTERVAL 10 MINUTE, NOW(3))");

        CheckReport report = checker.check(CheckBounds.defaults());

        assertThat(report.violationsOf(PaymentInvariants.REFUND_NOT_FAILED))
                .singleElement()
                .satisfies(violation -> assertThat(violation.row())
                        .containsEntry("refund_id", 23L)
                        .containsEntry("failure_reason", "the platform reports CHANGE"));
        assertThat(report.violationsOf(PaymentInvariants.REFUND_ENDS)).isEmpty();
    }

    @Test
    void vendingUnitsAreConservedPerChannel() {
        update("goods", "INSERT INTO trade_vending_machine (inner_code, address) VALUES ('M1', 'hall')");
        update(
                "goods",
                "INSERT INTO trade_vending_channel (inner_code, channel_code, goods_id, price, current_capacity,"
                        + " max_capacity) VALUES ('M1', 'A1', ?, 2.00, 5, 10)",
                GOODS);
        update(
                "goods",
                "INSERT INTO trade_vending_order (order_id, inner_code, channel_code, goods_id, price, status)"
                        + " VALUES (7, 'M1', 'A1', ?, 2.00, 0)",
                GOODS);

        List<Violation> violations = checker.check(CheckBounds.defaults()).violationsOf(VendingInvariants.CONSERVED);

        assertThat(violations)
                .singleElement()
                .satisfies(violation -> assertThat(violation.row())
                        .containsAllEntriesOf(Map.of(
                                "inner_code",
                                "M1",
                                "current_capacity",
                                5,
                                "opening_capacity",
                                5,
                                "held_by_orders",
                                1L)));
    }
}
