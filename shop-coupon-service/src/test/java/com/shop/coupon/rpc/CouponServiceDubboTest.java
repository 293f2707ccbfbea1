package com.shop.coupon.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.CouponService;
import com.shop.api.ServiceVersions;
import com.shop.api.exception.CouponUnavailableException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.coupon.CouponServiceTestBase;
import com.shop.pojo.coupon.CouponView;
import java.math.BigDecimal;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** The provider as other services see it: registered in ZooKeeper, called over the dubbo protocol. */
class CouponServiceDubboTest extends CouponServiceTestBase {

    /** scope "remote": through the registry and the network, not Dubbo's in-JVM shortcut. */
    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 5000)
    CouponService coupons;

    @Test
    void readsTheDemoCouponsOverDubbo() {
        CouponView coupon = coupons.getCoupon(1, 3002);

        assertThat(coupon.getUserId()).isEqualTo(1L);
        assertThat(coupon.getCouponPrice()).isEqualByComparingTo(new BigDecimal("20.00"));
        assertThat(coupons.listCoupons(1))
                .extracting(CouponView::getCouponId)
                .contains(3001L, 3002L, 3003L)
                .doesNotContain(3004L, 3005L);
        assertThat(coupons.listCoupons(2)).extracting(CouponView::getCouponId).contains(3004L, 3005L);
    }

    @Test
    void refusalsArriveAsTheirTypedExceptions() {
        assertThatThrownBy(() -> coupons.getCoupon(2, 3001))
                .isInstanceOf(CouponUnavailableException.class)
                .hasFieldOrPropertyWithValue("code", CouponUnavailableException.CODE);

        long userId = newId();
        long couponId = newCoupon(userId);
        coupons.useCoupon(newId(), userId, couponId);
        assertThatThrownBy(() -> coupons.useCoupon(newId(), userId, couponId))
                .isInstanceOf(CouponUnavailableException.class)
                .hasFieldOrPropertyWithValue("code", "COUPON_UNAVAILABLE");
    }

    @Test
    void usesAndReleasesOverDubbo() {
        long userId = newId();
        long couponId = newCoupon(userId);
        long orderId = newId();

        coupons.useCoupon(orderId, userId, couponId);
        CouponView used = coupons.getCoupon(userId, couponId);
        assertThat(used.isUsed()).isTrue();
        assertThat(used.getOrderId()).isEqualTo(orderId);

        assertThat(coupons.releaseCoupon(orderId, couponId)).isTrue();
        assertThat(coupons.getCoupon(userId, couponId).isUsed()).isFalse();

        assertThatThrownBy(() -> coupons.useCoupon(orderId, userId, couponId))
                .isInstanceOf(IllegalOrderStateException.class);
    }
}
