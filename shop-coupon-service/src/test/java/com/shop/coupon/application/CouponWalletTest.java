package com.shop.coupon.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.CouponUnavailableException;
import com.shop.coupon.domain.Coupon;
import org.junit.jupiter.api.Test;

class CouponWalletTest {

    private final InMemoryCouponRepository repository = new InMemoryCouponRepository()
            .withCoupon(5, 1)
            .withCoupon(3, 1)
            .withCoupon(4, 1)
            .withCoupon(9, 2);
    private final CouponWallet wallet = new CouponWallet(repository);

    @Test
    void aUserSeesOwnCouponsOnly() {
        assertThat(wallet.getCoupon(1, 3).getCouponId()).isEqualTo(3);
        assertThatThrownBy(() -> wallet.getCoupon(1, 9)).isInstanceOf(CouponUnavailableException.class);
        assertThatThrownBy(() -> wallet.getCoupon(1, 77)).isInstanceOf(CouponUnavailableException.class);
    }

    @Test
    void listsUnusedCouponsFirstThenById() {
        new CouponRedemption(repository, repository.ledger).useCoupon(100, 1, 3);

        assertThat(wallet.listCoupons(1)).extracting(Coupon::getCouponId).containsExactly(4L, 5L, 3L);
    }
}
