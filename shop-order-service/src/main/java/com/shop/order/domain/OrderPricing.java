package com.shop.order.domain;

import com.shop.api.exception.InvalidRequestException;
import java.math.BigDecimal;

/** Computes an order's figures from the goods price and what the shopper spends. */
public final class OrderPricing {

    private final ShippingFeePolicy shipping;

    public OrderPricing(ShippingFeePolicy shipping) {
        this.shipping = shipping;
    }

    /**
     * @param couponValue the coupon's value, or null when no coupon is used
     * @param moneyPaid   balance to spend, or null when none
     */
    public OrderFigures price(BigDecimal goodsPrice, int goodsNumber, BigDecimal couponValue, BigDecimal moneyPaid) {
        BigDecimal price = Money.of(goodsPrice);
        BigDecimal goodsAmount = price.multiply(BigDecimal.valueOf(goodsNumber));
        BigDecimal shippingFee = shipping.feeFor(goodsAmount);
        BigDecimal orderAmount = goodsAmount.add(shippingFee);
        if (!Money.fitsTheColumn(orderAmount)) {
            throw new InvalidRequestException("an order amount of " + orderAmount + " is more than one order may cost");
        }
        BigDecimal couponPaid = couponValue == null ? Money.ZERO : Money.of(couponValue);
        BigDecimal balance = moneyPaid == null ? Money.ZERO : Money.of(moneyPaid);
        BigDecimal payAmount = orderAmount.subtract(couponPaid).subtract(balance);
        return new OrderFigures(
                price, goodsNumber, goodsAmount, shippingFee, orderAmount, couponPaid, balance, payAmount);
    }

    /** One unit from a vending machine at the machine's price: nothing to ship, no coupon, no balance. */
    public OrderFigures priceVending(BigDecimal machinePrice) {
        BigDecimal price = Money.of(machinePrice);
        return new OrderFigures(price, 1, price, Money.ZERO, price, Money.ZERO, Money.ZERO, price);
    }
}
