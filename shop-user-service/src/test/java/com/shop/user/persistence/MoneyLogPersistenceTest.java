package com.shop.user.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientBalanceException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.user.UserServiceTestBase;
import com.shop.user.application.BalanceManagement;
import com.shop.user.application.MoneyLogReading;
import com.shop.user.domain.MoneyLogEntry;
import com.shop.user.domain.MoneyLogType;
import com.shop.user.domain.MoneyMovement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The money log and guarded balance updates on the real database, under real concurrency. */
class MoneyLogPersistenceTest extends UserServiceTestBase {

    private static final BigDecimal TEN = new BigDecimal("10.00");

    @Autowired
    BalanceManagement balance;

    @Autowired
    UserMapper userMapper;

    @Autowired
    MoneyLogMapper moneyLogMapper;

    @Autowired
    MoneyLogReading moneyLog;

    @Test
    void twentyPaymentsFromABalanceCoveringFiveLeaveExactlyFive() throws Exception {
        long userId = newUser("50.00");
        AtomicInteger paid = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();

        runConcurrently(20, i -> () -> {
            try {
                balance.reduceBalance(newId(), userId, TEN);
                paid.incrementAndGet();
            } catch (InsufficientBalanceException e) {
                refused.incrementAndGet();
            }
            return null;
        });

        assertThat(paid).hasValue(5);
        assertThat(refused).hasValue(15);
        assertThat(balanceOf(userId)).isEqualByComparingTo("0.00");
        assertThat(new BigDecimal("50.00").add(moneyLogSum(userId))).isEqualByComparingTo(balanceOf(userId));
    }

    @Test
    void theGuardedUpdateNeverTakesTheBalanceBelowZero() {
        long userId = newUser("25.00");

        assertThat(userMapper.spendBalance(userId, new BigDecimal("25.01"))).isZero();
        assertThat(userMapper.spendBalance(userId, new BigDecimal("25.00"))).isEqualTo(1);
        assertThat(userMapper.spendBalance(userId, new BigDecimal("0.01"))).isZero();

        assertThat(balanceOf(userId)).isEqualByComparingTo("0.00");
    }

    @Test
    void aRefusedPaymentLeavesNoMoneyLogEntry() {
        long userId = newUser("5.00");
        long orderId = newId();

        assertThatThrownBy(() -> balance.reduceBalance(orderId, userId, TEN))
                .isInstanceOf(InsufficientBalanceException.class);

        assertThat(moneyLogOf(orderId)).isEmpty();
        assertThat(balanceOf(userId)).isEqualByComparingTo("5.00");
    }

    @Test
    void theLedgerKeyHoldsOneForwardAndOneUndoEntryPerOrder() {
        long userId = newId();
        long orderId = newId();

        MoneyLogEntry paid = MoneyLogEntry.paid(orderId, userId, TEN);
        assertThat(moneyLogMapper.claim(paid)).as("inserted").isEqualTo(1);
        assertThat(moneyLogMapper.claim(paid)).as("found taken").isEqualTo(2);
        assertThat(moneyLogMapper.claim(MoneyLogEntry.tombstone(orderId, userId)))
                .isEqualTo(2);
        assertThat(moneyLogMapper.claim(paid.refunding())).isEqualTo(1);
        assertThat(moneyLogMapper.claim(paid.refunding())).isEqualTo(2);

        assertThat(moneyLogOf(orderId)).containsExactly("FORWARD:1:-10.00", "UNDO:2:10.00");
    }

    @Test
    void paymentAndRefundHappenOnceWhateverTheRepeats() {
        long userId = newUser("100.00");
        long orderId = newId();

        balance.reduceBalance(orderId, userId, new BigDecimal("33.30"));
        balance.reduceBalance(orderId, userId, new BigDecimal("33.30"));
        assertThat(balanceOf(userId)).isEqualByComparingTo("66.70");

        assertThat(balance.refundBalance(orderId, userId)).isEqualByComparingTo("33.30");
        assertThat(balance.refundBalance(orderId, userId)).isEqualByComparingTo("0");

        assertThat(moneyLogOf(orderId)).containsExactly("FORWARD:1:-33.30", "UNDO:2:33.30");
        assertThat(balanceOf(userId)).isEqualByComparingTo("100.00");
        assertThat(moneyLogSum(userId)).isEqualByComparingTo("0");
    }

    @Test
    void aRefundOfAnOrderThatPaidNothingGivesNothingAndRefusesItsLatePayment() {
        long userId = newUser("100.00");
        long orderId = newId();

        assertThat(balance.refundBalance(orderId, userId)).isEqualByComparingTo("0");

        assertThatThrownBy(() -> balance.reduceBalance(orderId, userId, TEN))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThat(moneyLogOf(orderId)).containsExactly("FORWARD:0:0.00");
        assertThat(balanceOf(userId)).isEqualByComparingTo("100.00");
    }

    @Test
    void aRefundGivesBackOnlyWhatItsOrderPaid() {
        long userId = newUser("100.00");
        long kept = newId();
        long cancelled = newId();
        balance.reduceBalance(kept, userId, new BigDecimal("20.00"));
        balance.reduceBalance(cancelled, userId, new BigDecimal("7.25"));

        assertThat(balance.refundBalance(cancelled, userId)).isEqualByComparingTo("7.25");

        assertThat(balanceOf(userId)).isEqualByComparingTo("80.00");
        assertThat(new BigDecimal("100.00").add(moneyLogSum(userId))).isEqualByComparingTo(balanceOf(userId));
    }

    @Test
    void aCancelRacingItsPaymentAlwaysEndsWithTheBalanceWhole() throws Exception {
        long userId = newUser("1000.00");

        for (int round = 0; round < 30; round++) {
            long orderId = newId();
            runConcurrently(2, i -> () -> {
                if (i == 0) {
                    try {
                        balance.reduceBalance(orderId, userId, TEN);
                    } catch (IllegalOrderStateException lateAfterCancel) {
                        // the cancel won: the payment is refused, which is the point
                    }
                } else {
                    balance.refundBalance(orderId, userId);
                }
                return null;
            });
        }

        assertThat(balanceOf(userId)).isEqualByComparingTo("1000.00");
        assertThat(moneyLogSum(userId)).isEqualByComparingTo("0");
    }

    @Test
    void concurrentDuplicateRefundsRefundOnceAndNoneFails() throws Exception {
        long userId = newUser("100.00");
        long orderId = newId();
        balance.reduceBalance(orderId, userId, new BigDecimal("40.00"));
        List<BigDecimal> refunds = Collections.synchronizedList(new ArrayList<>());

        // any deadlock or other failure would surface from runConcurrently
        runConcurrently(8, i -> () -> {
            refunds.add(balance.refundBalance(orderId, userId));
            return null;
        });

        assertThat(refunds)
                .filteredOn(amount -> amount.signum() > 0)
                .singleElement()
                .satisfies(amount -> assertThat(amount).isEqualByComparingTo("40.00"));
        assertThat(balanceOf(userId)).isEqualByComparingTo("100.00");
        assertThat(moneyLogOf(orderId)).containsExactly("FORWARD:1:-40.00", "UNDO:2:40.00");
    }

    private static void runConcurrently(int callers, IntFunction<Callable<Void>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<Void> work = task.apply(i);
                results.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            for (Future<Void> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aUserReadsTheirOwnMovementsNewestFirstWithoutTombstones() {
        long userId = newUser("50.00");
        long otherUser = newUser("50.00");
        long paidThenRefunded = newId();
        long paid = newId();
        long neverPaid = newId();
        balance.reduceBalance(paidThenRefunded, userId, TEN);
        balance.refundBalance(paidThenRefunded, userId);
        balance.reduceBalance(paid, userId, new BigDecimal("2.50"));
        balance.refundBalance(neverPaid, userId);
        balance.reduceBalance(newId(), otherUser, TEN);

        List<MoneyMovement> movements = moneyLog.recent(userId, 10);

        assertThat(movements)
                .extracting(MoneyMovement::getOrderId, MoneyMovement::getType)
                .containsExactlyInAnyOrder(
                        tuple(paidThenRefunded, MoneyLogType.PAID),
                        tuple(paidThenRefunded, MoneyLogType.REFUNDED),
                        tuple(paid, MoneyLogType.PAID));
        assertThat(movements).extracting(MoneyMovement::getTime).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(movements.stream().map(MoneyMovement::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("-2.50");
        assertThat(moneyLog.recent(userId, 1)).hasSize(1);
    }

    @Test
    void aLimitOutsideOneToAHundredIsRefused() {
        assertThatThrownBy(() -> moneyLog.recent(newUser("1.00"), 0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> moneyLog.recent(newUser("1.00"), 101)).isInstanceOf(InvalidRequestException.class);
    }
}
