package com.shop.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PointsAccrualTest {

    private static final long USER = 7;

    private final InMemoryUserRepository users = new InMemoryUserRepository()
            .withUser(USER, "alice", "hash", "100.00");
    private final PointsAccrual accrual = new PointsAccrual(users);

    @Test
    void aPaidOrderEarnsItsPointsOnce() {
        assertThat(accrual.creditPaidOrder(1, USER, new BigDecimal("108.00"))).isTrue();
        assertThat(accrual.creditPaidOrder(1, USER, new BigDecimal("108.00"))).isFalse();
        assertThat(accrual.creditPaidOrder(2, USER, new BigDecimal("99.99"))).isTrue();

        assertThat(users.users.get(USER).getUserScore()).isEqualTo(207);
        assertThat(users.scoreLog).containsEntry(1L, 108).containsEntry(2L, 99);
    }

    @Test
    void lessThanOneYuanIsLoggedButEarnsNothing() {
        assertThat(accrual.creditPaidOrder(3, USER, new BigDecimal("0.99"))).isTrue();

        assertThat(users.users.get(USER).getUserScore()).isZero();
        assertThat(users.scoreLog).containsEntry(3L, 0);
    }

    @Test
    void pointsForAnUnknownUserAreRefusedSoTheMessageIsRetried() {
        assertThatThrownBy(() -> accrual.creditPaidOrder(4, 404, new BigDecimal("10.00")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("user 404");
    }
}
