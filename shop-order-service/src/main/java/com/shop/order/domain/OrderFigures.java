package com.shop.order.domain;

import com.shop.api.exception.PriceMismatchException;
import java.math.BigDecimal;

/**
 * Every amount of an order as the server computes it, all at scale 2:
 * {@code goodsAmount = goodsPrice × goodsNumber}, {@code orderAmount = goodsAmount + shippingFee},
 * {@code payAmount = orderAmount − couponPaid − moneyPaid}.
 */
public record OrderFigures(
        BigDecimal goodsPrice,
        int goodsNumber,
        BigDecimal goodsAmount,
        BigDecimal shippingFee,
        BigDecimal orderAmount,
        BigDecimal couponPaid,
        BigDecimal moneyPaid,
        BigDecimal payAmount) {

    /**
     * Refuses the order when a figure the client showed the shopper disagrees with the server's (by value, so 10
     * and 10.00 agree), or when coupon and balance would pay more than the order costs.
     */
    public void requireAgreement(
            BigDecimal claimedGoodsPrice, BigDecimal claimedShippingFee, BigDecimal claimedOrderAmount) {
        requireSame("goods price", goodsPrice, claimedGoodsPrice);
        requireSame("shipping fee", shippingFee, claimedShippingFee);
        requireSame("order amount", orderAmount, claimedOrderAmount);
        if (payAmount.signum() < 0) {
            throw new PriceMismatchException(
                    "coupon " + couponPaid + " and balance " + moneyPaid + " exceed the order amount " + orderAmount);
        }
    }

    private static void requireSame(String figure, BigDecimal computed, BigDecimal claimed) {
        if (computed.compareTo(claimed) != 0) {
            throw new PriceMismatchException("the " + figure + " is " + computed + ", not " + claimed);
        }
    }
}
