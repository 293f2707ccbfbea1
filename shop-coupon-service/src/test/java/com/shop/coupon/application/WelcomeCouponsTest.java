package com.shop.coupon.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The welcome coupon's rules, on a fake of the repository. */
class WelcomeCouponsTest {

    private final InMemoryCouponRepository coupons = new InMemoryCouponRepository();
    private final AtomicLong ids = new AtomicLong(7_000);

    @Test
    void aNewUserGetsOneUnusedCouponOfTheConfiguredValueHoweverOftenAnnounced() {
        WelcomeCoupons welcome = welcome("7.5");

        assertThat(welcome.issueFor(42)).isTrue();
        assertThat(welcome.issueFor(42)).isFalse();

        assertThat(coupons.findCouponsOfUser(42)).singleElement().satisfies(coupon -> {
            assertThat(coupon.getCouponPrice()).isEqualTo(new BigDecimal("7.50"));
            assertThat(coupon.isUsed()).isFalse();
        });
        assertThat(coupons.issued).containsOnlyKeys("welcome:42");
    }

    @Test
    void aZeroAmountIssuesNone() {
        WelcomeCoupons welcome = welcome("0");

        assertThat(welcome.issueFor(42)).isFalse();
        assertThat(coupons.coupons).isEmpty();
    }

    @Test
    void anAmountNoCouponCanCarryIsRefusedAtStart() {
        CouponProperties properties = new CouponProperties();
        for (String amount : new String[] {"-1", "0.001", "100000000.00"}) {
            assertThatThrownBy(() -> properties.setWelcomeAmount(new BigDecimal(amount)))
                    .as(amount)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("SHOP_WELCOME_COUPON_AMOUNT");
        }
        assertThatThrownBy(() -> properties.setWelcomeAmount(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(properties.getWelcomeAmount()).isEqualTo(new BigDecimal("5.00"));
    }

    private WelcomeCoupons welcome(String amount) {
        CouponProperties properties = new CouponProperties();
        properties.setWelcomeAmount(new BigDecimal(amount));
        return new WelcomeCoupons(coupons, ids::incrementAndGet, properties);
    }
}
