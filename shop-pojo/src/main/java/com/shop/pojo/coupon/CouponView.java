package com.shop.pojo.coupon;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/** A coupon of a user; {@code orderId} is the order that spent it, when used. */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class CouponView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long couponId;
    private Long userId;
    private BigDecimal couponPrice;
    private boolean used;
    private Long orderId;
    private Date usedTime;
}
