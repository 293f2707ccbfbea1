package com.shop.orderweb.api;

import com.shop.common.web.ResponseValues;
import com.shop.pojo.coupon.CouponView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/** A coupon of the caller. */
public record CouponResponse(
        Long couponId,
        @Schema(type = "number", example = "10.00") BigDecimal couponPrice,
        boolean used,

        @Schema(description = "the order that spent it, while used (a string: 64-bit id)")
        String orderId,

        Instant usedTime) {

    static CouponResponse of(CouponView coupon) {
        return new CouponResponse(
                coupon.getCouponId(),
                ResponseValues.money(coupon.getCouponPrice()),
                coupon.isUsed(),
                ResponseValues.id(coupon.getOrderId()),
                ResponseValues.instant(coupon.getUsedTime()));
    }
}
