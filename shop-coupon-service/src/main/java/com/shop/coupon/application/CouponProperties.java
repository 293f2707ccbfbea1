package com.shop.coupon.application;

import java.math.BigDecimal;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The coupon service's settings. */
@Data
@ConfigurationProperties("shop.coupon")
public class CouponProperties {

    /** The largest value the coupon column (DECIMAL(10,2)) holds. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");

    /** The value of the coupon each new user gets once; zero issues none. */
    private BigDecimal welcomeAmount = new BigDecimal("5.00");

    /** Refuses an amount no coupon can carry, so a wrong setting stops the service at start, naming it. */
    public void setWelcomeAmount(BigDecimal welcomeAmount) {
        if (welcomeAmount == null
                || welcomeAmount.signum() < 0
                || welcomeAmount.compareTo(MAX_AMOUNT) > 0
                || welcomeAmount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("shop.coupon.welcome-amount (SHOP_WELCOME_COUPON_AMOUNT) must be 0 or a"
                    + " positive amount with at most two decimals up to " + MAX_AMOUNT + ", was " + welcomeAmount);
        }
        this.welcomeAmount = welcomeAmount;
    }
}
