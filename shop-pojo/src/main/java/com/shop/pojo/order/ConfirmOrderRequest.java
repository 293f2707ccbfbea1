package com.shop.pojo.order;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * What the shopper asks for, with the figures they saw. The server recomputes every figure and refuses
 * the order when one disagrees; the user is never taken from here but from the authenticated caller.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class ConfirmOrderRequest implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private Long goodsId;
    private Integer goodsNumber;
    private BigDecimal goodsPrice;
    private BigDecimal shippingFee;
    private BigDecimal orderAmount;
    /** Optional: the coupon to spend on this order. */
    private Long couponId;
    /** Optional: how much of the account balance to spend; null or zero means none. */
    private BigDecimal moneyPaid;

    private String address;
    private String consignee;
}
