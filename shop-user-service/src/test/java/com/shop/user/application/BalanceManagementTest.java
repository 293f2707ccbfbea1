package com.shop.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientBalanceException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.UserNotFoundException;
import com.shop.common.ledger.LedgerPhase;
import com.shop.user.domain.MoneyLogType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BalanceManagementTest {

    private static final long ALICE = 1;
    private static final long BOB = 2;
    private final InMemoryUserRepository repository = new InMemoryUserRepository()
            .withUser(ALICE, "alice", "hash", "100.00")
            .withUser(BOB, "bob", "hash", "100.00");
    private final BalanceManagement balance = new BalanceManagement(repository, repository.moneyLog);

    @Test
    void payingTakesTheAmountOnceAndLogsIt() {
        balance.reduceBalance(10, ALICE, new BigDecimal("30.50"));
        balance.reduceBalance(10, ALICE, new BigDecimal("30.5"));

        assertThat(repository.balanceOf(ALICE)).isEqualByComparingTo("69.50");
        assertThat(repository.moneyLog.slot(10L, LedgerPhase.FORWARD)).get().satisfies(entry -> {
            assertThat(entry.getType()).isEqualTo(MoneyLogType.PAID);
            assertThat(entry.getUseMoney()).isEqualByComparingTo("-30.50");
        });
    }

    @Test
    void theWholeBalanceCanBeSpent() {
        balance.reduceBalance(10, ALICE, new BigDecimal("100.00"));

        assertThat(repository.balanceOf(ALICE)).isEqualByComparingTo("0");
    }

    @Test
    void moreThanTheBalanceIsRefused() {
        assertThatThrownBy(() -> balance.reduceBalance(10, ALICE, new BigDecimal("100.01")))
                .isInstanceOf(InsufficientBalanceException.class);

        assertThat(repository.balanceOf(ALICE)).isEqualByComparingTo("100.00");
    }

    @Test
    void badAmountsAreRefusedBeforeAnythingIsWritten() {
        for (String amount : new String[] {"0", "0.00", "-1.00", "0.001", "1.005", "100000000.00"}) {
            assertThatThrownBy(() -> balance.reduceBalance(10, ALICE, new BigDecimal(amount)))
                    .as(amount)
                    .isInstanceOf(InvalidRequestException.class);
        }
        assertThatThrownBy(() -> balance.reduceBalance(10, ALICE, null)).isInstanceOf(InvalidRequestException.class);

        assertThat(repository.moneyLog.entries()).isEmpty();
        assertThat(repository.balanceOf(ALICE)).isEqualByComparingTo("100.00");
    }

    @Test
    void anUnknownUserIsRefused() {
        assertThatThrownBy(() -> balance.reduceBalance(10, 99, BigDecimal.ONE))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void aDifferentPaymentUnderTheSameOrderIsRefused() {
        balance.reduceBalance(10, ALICE, new BigDecimal("20.00"));

        assertThatThrownBy(() -> balance.reduceBalance(10, ALICE, new BigDecimal("25.00")))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThatThrownBy(() -> balance.reduceBalance(10, BOB, new BigDecimal("20.00")))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThat(repository.balanceOf(ALICE)).isEqualByComparingTo("80.00");
        assertThat(repository.balanceOf(BOB)).isEqualByComparingTo("100.00");
    }

    @Test
    void refundingGivesBackWhatThePaymentTookExactlyOnce() {
        balance.reduceBalance(10, ALICE, new BigDecimal("42.10"));

        assertThat(balance.refundBalance(10, ALICE)).isEqualByComparingTo("42.10");
        assertThat(balance.refundBalance(10, ALICE)).isEqualByComparingTo("0");

        assertThat(repository.balanceOf(ALICE)).isEqualByComparingTo("100.00");
        assertThat(repository.moneyLogSum(ALICE)).isEqualByComparingTo("0");
    }

    @Test
    void aRepeatedPaymentAfterTheRefundIsRefused() {
        balance.reduceBalance(10, ALICE, new BigDecimal("42.10"));
        balance.refundBalance(10, ALICE);

        assertThatThrownBy(() -> balance.reduceBalance(10, ALICE, new BigDecimal("42.10")))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThat(repository.balanceOf(ALICE)).isEqualByComparingTo("100.00");
    }

    @Test
    void refundingAnOrderThatPaidNothingGivesNothingAndRefusesItsLatePayment() {
        assertThat(balance.refundBalance(10, ALICE)).isEqualByComparingTo("0");

        assertThatThrownBy(() -> balance.reduceBalance(10, ALICE, new BigDecimal("5.00")))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThat(balance.refundBalance(10, ALICE)).isEqualByComparingTo("0");
        assertThat(repository.balanceOf(ALICE)).isEqualByComparingTo("100.00");
        assertThat(repository.moneyLog.slot(10L, LedgerPhase.FORWARD))
                .get()
                .extracting("type")
                .isEqualTo(MoneyLogType.TOMBSTONE);
    }

    @Test
    void aRefusedPaymentLeavesNothingToRefund() {
        assertThatThrownBy(() -> balance.reduceBalance(10, ALICE, new BigDecimal("500.00")))
                .isInstanceOf(InsufficientBalanceException.class);
        repository.moneyLog.rollBack(10L, LedgerPhase.FORWARD);

        assertThat(balance.refundBalance(10, ALICE)).isEqualByComparingTo("0");
        assertThat(repository.balanceOf(ALICE)).isEqualByComparingTo("100.00");
    }

    @Test
    void theRefundGoesToThePayerWhateverTheCancelSays() {
        balance.reduceBalance(10, ALICE, new BigDecimal("15.00"));

        assertThat(balance.refundBalance(10, BOB)).isEqualByComparingTo("15.00");

        assertThat(repository.balanceOf(ALICE)).isEqualByComparingTo("100.00");
        assertThat(repository.balanceOf(BOB)).isEqualByComparingTo("100.00");
    }

    @Test
    void ordersDoNotRefundEachOther() {
        balance.reduceBalance(10, ALICE, new BigDecimal("10.00"));
        balance.reduceBalance(11, ALICE, new BigDecimal("20.00"));

        balance.refundBalance(11, ALICE);

        assertThat(repository.balanceOf(ALICE)).isEqualByComparingTo("90.00");
        assertThat(repository.moneyLogSum(ALICE)).isEqualByComparingTo("-10.00");
    }
}
