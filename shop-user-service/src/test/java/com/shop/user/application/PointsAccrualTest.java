package com.shop.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.common.ledger.LedgerPhase;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PointsAccrualTest {

    private static final long USER = 7;

    private final InMemoryUserRepository users = new InMemoryUserRepository().withUser(USER, "alice", "hash", "100.00");
    private final PointsAccrual accrual = new PointsAccrual(users, users.scoreLog);

    @Test
    void aPaidOrderEarnsItsPointsOnce() {
        assertThat(accrual.creditPaidOrder(1, USER, new BigDecimal("108.00"))).isTrue();
        assertThat(accrual.creditPaidOrder(1, USER, new BigDecimal("108.00"))).isFalse();
        assertThat(accrual.creditPaidOrder(2, USER, new BigDecimal("99.99"))).isTrue();

        assertThat(users.users.get(USER).getUserScore()).isEqualTo(207);
        assertThat(users.score(1, LedgerPhase.FORWARD)).isEqualTo(108);
        assertThat(users.score(2, LedgerPhase.FORWARD)).isEqualTo(99);
    }

    @Test
    void lessThanOneYuanIsLoggedButEarnsNothing() {
        assertThat(accrual.creditPaidOrder(3, USER, new BigDecimal("0.99"))).isTrue();

        assertThat(users.users.get(USER).getUserScore()).isZero();
        assertThat(users.score(3, LedgerPhase.FORWARD)).isZero();
    }

    @Test
    void aRefundedOrderGivesItsPointsBackOnce() {
        accrual.creditPaidOrder(5, USER, new BigDecimal("42.00"));
        accrual.creditPaidOrder(6, USER, new BigDecimal("10.00"));

        assertThat(accrual.revokeCancelledOrder(5, USER)).isEqualTo(42);
        assertThat(accrual.revokeCancelledOrder(5, USER)).as("a repeat").isZero();

        assertThat(users.users.get(USER).getUserScore()).isEqualTo(10);
        assertThat(users.score(5, LedgerPhase.UNDO)).isEqualTo(-42);
    }

    @Test
    void anOrderCancelledBeforeItsPaymentWasHeardOfNeverEarnsPoints() {
        assertThat(accrual.revokeCancelledOrder(7, USER)).isZero();

        assertThat(accrual.creditPaidOrder(7, USER, new BigDecimal("30.00")))
                .as("refused by the tombstone")
                .isFalse();

        assertThat(users.users.get(USER).getUserScore()).isZero();
        assertThat(users.score(7, LedgerPhase.UNDO)).isNull();
    }

    @Test
    void pointsThatCannotBeTakenBackAreRefusedSoTheMessageIsRetried() {
        accrual.creditPaidOrder(8, USER, new BigDecimal("20.00"));
        users.users.get(USER).setUserScore(5);

        assertThatThrownBy(() -> accrual.revokeCancelledOrder(8, USER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("order 8");
    }

    @Test
    void pointsForAnUnknownUserAreRefusedSoTheMessageIsRetried() {
        assertThatThrownBy(() -> accrual.creditPaidOrder(4, 404, new BigDecimal("10.00")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("user 404");
    }
}
