package com.shop.coupon.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.CouponUnavailableException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.coupon.CouponServiceTestBase;
import com.shop.coupon.application.CouponRedemption;
import com.shop.coupon.application.CouponWallet;
import com.shop.coupon.domain.Coupon;
import com.shop.coupon.domain.CouponLedgerEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coupon ledger and guarded updates on the real database, under real concurrency. */
class CouponLedgerPersistenceTest extends CouponServiceTestBase {

    @Autowired
    CouponRedemption redemption;

    @Autowired
    CouponWallet wallet;

    @Autowired
    CouponMapper couponMapper;

    @Autowired
    CouponLedgerMapper ledgerMapper;

    @Test
    void twentyOrdersRacingForOneCouponLeaveExactlyOneWinner() throws Exception {
        long userId = newId();
        long couponId = newCoupon(userId);
        Set<Long> winners = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();

        runConcurrently(20, i -> () -> {
            long orderId = newId();
            try {
                redemption.useCoupon(orderId, userId, couponId);
                winners.add(orderId);
            } catch (CouponUnavailableException e) {
                refused.incrementAndGet();
            }
            return null;
        });

        assertThat(winners).hasSize(1);
        assertThat(refused).hasValue(19);
        long winner = winners.iterator().next();
        assertThat(holderOf(couponId)).isEqualTo(winner);
        // the refused orders' ledger entries rolled back with their refusal
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM trade_coupon_log WHERE coupon_id = ?", Integer.class, couponId))
                .isEqualTo(1);
    }

    @Test
    void theGuardedUpdateNeverSpendsAUsedOrForeignCoupon() {
        long userId = newId();
        long couponId = newCoupon(userId);
        long orderId = newId();

        assertThat(couponMapper.markUsed(couponId, newId(), orderId))
                .as("another user's")
                .isZero();
        assertThat(couponMapper.markUsed(couponId, userId, orderId)).isEqualTo(1);
        assertThat(couponMapper.markUsed(couponId, userId, newId()))
                .as("already used")
                .isZero();
        assertThat(couponMapper.markUsed(newId(), userId, orderId))
                .as("missing")
                .isZero();

        assertThat(holderOf(couponId)).isEqualTo(orderId);
        Coupon stored = couponMapper.findById(couponId);
        assertThat(stored.isUsed()).isTrue();
        assertThat(stored.getUsedTime()).isNotNull();
    }

    @Test
    void onlyTheOrderHoldingACouponCanMakeItUnused() {
        long userId = newId();
        long couponId = newCoupon(userId);
        long holder = newId();
        couponMapper.markUsed(couponId, userId, holder);

        assertThat(couponMapper.markUnused(couponId, newId())).isZero();
        assertThat(holderOf(couponId)).isEqualTo(holder);

        assertThat(couponMapper.markUnused(couponId, holder)).isEqualTo(1);
        assertThat(isUsed(couponId)).isFalse();
        assertThat(couponMapper.findById(couponId).getUsedTime()).isNull();
    }

    @Test
    void theLedgerKeyHoldsOneForwardAndOneUndoEntryPerOrder() {
        long orderId = newId();
        long couponId = newId();

        CouponLedgerEntry use = CouponLedgerEntry.use(orderId, couponId);
        assertThat(ledgerMapper.claim(use)).as("inserted").isEqualTo(1);
        assertThat(ledgerMapper.claim(use)).as("found taken").isEqualTo(2);
        assertThat(ledgerMapper.claim(CouponLedgerEntry.tombstone(orderId, couponId)))
                .isEqualTo(2);
        assertThat(ledgerMapper.claim(use.releasing())).isEqualTo(1);
        assertThat(ledgerMapper.claim(use.releasing())).isEqualTo(2);

        assertThat(ledgerOf(orderId)).containsExactly("FORWARD:USE:" + couponId, "UNDO:RELEASE:" + couponId);
    }

    @Test
    void useAndReleaseHappenOnceWhateverTheRepeats() {
        long userId = newId();
        long couponId = newCoupon(userId);
        long orderId = newId();

        redemption.useCoupon(orderId, userId, couponId);
        redemption.useCoupon(orderId, userId, couponId);
        assertThat(redemption.releaseCoupon(orderId, couponId)).isTrue();
        assertThat(redemption.releaseCoupon(orderId, couponId)).isFalse();

        assertThat(ledgerOf(orderId)).containsExactly("FORWARD:USE:" + couponId, "UNDO:RELEASE:" + couponId);
        assertThat(isUsed(couponId)).isFalse();
        assertThat(holderOf(couponId)).isNull();
    }

    @Test
    void aRefusedUseLeavesNoLedgerEntry() {
        long couponId = newCoupon(newId());
        long orderId = newId();

        assertThatThrownBy(() -> redemption.useCoupon(orderId, newId(), couponId))
                .isInstanceOf(CouponUnavailableException.class);

        assertThat(ledgerOf(orderId)).isEmpty();
        assertThat(isUsed(couponId)).isFalse();
    }

    @Test
    void aUseArrivingAfterItsCancelIsRefused() {
        long userId = newId();
        long couponId = newCoupon(userId);
        long orderId = newId();

        assertThat(redemption.releaseCoupon(orderId, couponId)).isFalse();

        assertThatThrownBy(() -> redemption.useCoupon(orderId, userId, couponId))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThat(isUsed(couponId)).isFalse();
        assertThat(ledgerOf(orderId)).containsExactly("FORWARD:VOID:" + couponId);
    }

    @Test
    void aCancelReleasesOnlyTheCouponItsOrderUsed() {
        long userId = newId();
        long couponId = newCoupon(userId);
        long cancelled = newId();
        long live = newId();
        redemption.useCoupon(cancelled, userId, couponId);
        redemption.releaseCoupon(cancelled, couponId);
        redemption.useCoupon(live, userId, couponId);

        // a duplicate cancel of the first order, and the cancel of an order that never used the coupon
        assertThat(redemption.releaseCoupon(cancelled, couponId)).isFalse();
        assertThat(redemption.releaseCoupon(newId(), couponId)).isFalse();

        assertThat(holderOf(couponId)).isEqualTo(live);
    }

    @Test
    void aCancelRacingItsUseAlwaysEndsWithTheCouponFree() throws Exception {
        long userId = newId();
        long couponId = newCoupon(userId);

        for (int round = 0; round < 30; round++) {
            long orderId = newId();
            runConcurrently(2, i -> () -> {
                if (i == 0) {
                    try {
                        redemption.useCoupon(orderId, userId, couponId);
                    } catch (IllegalOrderStateException lateAfterCancel) {
                        // the cancel won: the use is refused, which is the point
                    }
                } else {
                    redemption.releaseCoupon(orderId, couponId);
                }
                return null;
            });
            assertThat(isUsed(couponId)).as("round %d", round).isFalse();
        }
    }

    @Test
    void concurrentDuplicateCancelsReleaseOnceAndNoneFails() throws Exception {
        long userId = newId();
        long couponId = newCoupon(userId);
        long orderId = newId();
        redemption.useCoupon(orderId, userId, couponId);
        AtomicInteger released = new AtomicInteger();

        // any deadlock or other failure would surface from runConcurrently
        runConcurrently(8, i -> () -> {
            if (redemption.releaseCoupon(orderId, couponId)) {
                released.incrementAndGet();
            }
            return null;
        });

        assertThat(released).hasValue(1);
        assertThat(isUsed(couponId)).isFalse();
        assertThat(ledgerOf(orderId)).containsExactly("FORWARD:USE:" + couponId, "UNDO:RELEASE:" + couponId);
    }

    @Test
    void aUserListsOwnCouponsUnusedFirst() {
        long userId = newId();
        long first = newCoupon(userId);
        long second = newCoupon(userId);
        newCoupon(newId());
        long spent = Math.min(first, second);
        long unused = Math.max(first, second);
        redemption.useCoupon(newId(), userId, spent);

        assertThat(wallet.listCoupons(userId)).extracting(Coupon::getCouponId).containsExactly(unused, spent);
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
}
