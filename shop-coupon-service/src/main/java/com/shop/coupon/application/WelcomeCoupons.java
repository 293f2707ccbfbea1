package com.shop.coupon.application;

import com.shop.common.id.IdGenerator;
import com.shop.coupon.domain.Coupon;
import com.shop.coupon.domain.CouponRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coupon each new user gets, issued when the user service announces the account. Once per user: the coupon is
 * issued for {@code welcome:<userId>}, which a unique key holds to one coupon whatever is delivered how often.
 */
@Slf4j
@Service
@EnableConfigurationProperties(CouponProperties.class)
public class WelcomeCoupons {

    private final CouponRepository coupons;
    private final IdGenerator ids;
    private final BigDecimal amount;

    public WelcomeCoupons(CouponRepository coupons, IdGenerator ids, CouponProperties properties) {
        this.coupons = coupons;
        this.ids = ids;
        this.amount = properties.getWelcomeAmount().setScale(2, RoundingMode.UNNECESSARY);
    }

    /** @return true when this call issued the user's welcome coupon; false when it was issued before or is off */
    @Transactional
    public boolean issueFor(long userId) {
        if (amount.signum() == 0) {
            return false;
        }
        Coupon coupon = Coupon.builder()
                .couponId(ids.nextId())
                .couponPrice(amount)
                .userId(userId)
                .build();
        boolean issued = coupons.issue(coupon, "welcome:" + userId);
        if (issued) {
            log.info("Issued welcome coupon {} of {} to user {}", coupon.getCouponId(), amount, userId);
        }
        return issued;
    }
}
