package com.shop.coupon.domain;

import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A coupon of a user; while {@code used}, {@code orderId} names the order that spent it. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class Coupon {

    private long couponId;
    private BigDecimal couponPrice;
    private long userId;
    private Long orderId;
    private boolean used;
    private Date usedTime;
}
