package com.shop.coupon.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.CouponUnavailableException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.common.ledger.LedgerPhase;
import com.shop.coupon.domain.CouponOperation;
import org.junit.jupiter.api.Test;

class CouponRedemptionTest {

    private static final long ALICE = 1;
    private static final long BOB = 2;
    private static final long COUPON = 3001;
    private static final long OTHER_COUPON = 3002;

    /**
     * The fake applies changes immediately and never rolls back, so the tests below only assert what a refusal
     * decides, not what a rollback would undo; the database tests cover the rollback.
     */
    private final InMemoryCouponRepository repository =
            new InMemoryCouponRepository().withCoupon(COUPON, ALICE).withCoupon(OTHER_COUPON, ALICE);

    private final CouponRedemption redemption = new CouponRedemption(repository, repository.ledger);

    @Test
    void usingMarksTheCouponUsedByTheOrder() {
        redemption.useCoupon(10, ALICE, COUPON);

        assertThat(repository.coupon(COUPON).isUsed()).isTrue();
        assertThat(repository.coupon(COUPON).getOrderId()).isEqualTo(10L);
        assertThat(repository.coupon(COUPON).getUsedTime()).isNotNull();
    }

    @Test
    void aRepeatedUseIsANoOp() {
        redemption.useCoupon(10, ALICE, COUPON);
        redemption.useCoupon(10, ALICE, COUPON);

        assertThat(repository.coupon(COUPON).getOrderId()).isEqualTo(10L);
        assertThat(repository.ledger.entries()).hasSize(1);
    }

    @Test
    void aCouponIsSpentByOneOrderOnly() {
        redemption.useCoupon(10, ALICE, COUPON);

        assertThatThrownBy(() -> redemption.useCoupon(11, ALICE, COUPON))
                .isInstanceOf(CouponUnavailableException.class);
        assertThat(repository.coupon(COUPON).getOrderId()).isEqualTo(10L);
    }

    @Test
    void anotherUsersOrAMissingCouponIsRefused() {
        assertThatThrownBy(() -> redemption.useCoupon(10, BOB, COUPON)).isInstanceOf(CouponUnavailableException.class);
        assertThatThrownBy(() -> redemption.useCoupon(11, ALICE, 999)).isInstanceOf(CouponUnavailableException.class);
        assertThat(repository.coupon(COUPON).isUsed()).isFalse();
    }

    @Test
    void anOrderThatUsedOneCouponCannotUseAnother() {
        redemption.useCoupon(10, ALICE, COUPON);

        assertThatThrownBy(() -> redemption.useCoupon(10, ALICE, OTHER_COUPON))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThat(repository.coupon(OTHER_COUPON).isUsed()).isFalse();
    }

    @Test
    void releasingGivesTheCouponBackExactlyOnce() {
        redemption.useCoupon(10, ALICE, COUPON);

        assertThat(redemption.releaseCoupon(10, COUPON)).isTrue();
        assertThat(redemption.releaseCoupon(10, COUPON)).isFalse();

        assertThat(repository.coupon(COUPON).isUsed()).isFalse();
        assertThat(repository.coupon(COUPON).getOrderId()).isNull();
        assertThat(repository.coupon(COUPON).getUsedTime()).isNull();
    }

    @Test
    void aRepeatedUseAfterTheReleaseIsRefused() {
        redemption.useCoupon(10, ALICE, COUPON);
        redemption.releaseCoupon(10, COUPON);

        assertThatThrownBy(() -> redemption.useCoupon(10, ALICE, COUPON))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThat(repository.coupon(COUPON).isUsed()).isFalse();
    }

    @Test
    void aReleasedCouponCanBeSpentByAnotherOrder() {
        redemption.useCoupon(10, ALICE, COUPON);
        redemption.releaseCoupon(10, COUPON);

        redemption.useCoupon(11, ALICE, COUPON);

        assertThat(repository.coupon(COUPON).getOrderId()).isEqualTo(11L);
    }

    @Test
    void releasingAnOrderThatUsedNothingLeavesATombstoneThatRefusesItsLateUse() {
        assertThat(redemption.releaseCoupon(10, COUPON)).isFalse();

        assertThatThrownBy(() -> redemption.useCoupon(10, ALICE, COUPON))
                .isInstanceOf(IllegalOrderStateException.class);
        assertThat(redemption.releaseCoupon(10, COUPON)).isFalse();
        assertThat(repository.coupon(COUPON).isUsed()).isFalse();
        assertThat(repository.ledger.slot(10L, LedgerPhase.FORWARD))
                .get()
                .extracting("operation")
                .isEqualTo(CouponOperation.VOID);
    }

    @Test
    void theReleaseGivesBackTheCouponTheOrderUsedNotTheOneItNames() {
        redemption.useCoupon(10, ALICE, COUPON);

        assertThat(redemption.releaseCoupon(10, OTHER_COUPON)).isTrue();

        assertThat(repository.coupon(COUPON).isUsed()).isFalse();
    }

    @Test
    void cancellingOneOrderDoesNotReleaseTheCouponOfAnother() {
        redemption.useCoupon(10, ALICE, COUPON);
        redemption.releaseCoupon(10, COUPON);
        redemption.useCoupon(11, ALICE, COUPON);

        // order 10 is cancelled again (a duplicate): the coupon now belongs to order 11 and stays used
        assertThat(redemption.releaseCoupon(10, COUPON)).isFalse();
        // order 12 never used it: the tombstone does not touch it either
        assertThat(redemption.releaseCoupon(12, COUPON)).isFalse();

        assertThat(repository.coupon(COUPON).getOrderId()).isEqualTo(11L);
    }
}
