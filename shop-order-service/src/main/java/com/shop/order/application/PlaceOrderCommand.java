package com.shop.order.application;

import com.shop.api.exception.InvalidRequestException;
import com.shop.order.domain.Money;
import com.shop.order.domain.Order;
import java.math.BigDecimal;

/**
 * What a shopper asks for, with the figures they were shown. {@code userId} is the authenticated caller; the
 * figures are claims the saga checks against its own.
 */
public record PlaceOrderCommand(
        long userId,
        Long goodsId,
        Integer goodsNumber,
        BigDecimal goodsPrice,
        BigDecimal shippingFee,
        BigDecimal orderAmount,
        Long couponId,
        BigDecimal moneyPaid,
        String address,
        String consignee) {

    public PlaceOrderCommand {
        address = address == null ? null : address.strip();
        consignee = consignee == null ? null : consignee.strip();
    }

    /** Refuses a malformed request before anything is read or written. */
    public void validate() {
        if (userId <= 0) {
            throw new InvalidRequestException("the user is unknown");
        }
        if (goodsId == null) {
            throw new InvalidRequestException("goodsId is required");
        }
        if (goodsNumber == null || goodsNumber < Order.MIN_GOODS_NUMBER || goodsNumber > Order.MAX_GOODS_NUMBER) {
            throw new InvalidRequestException(
                    "goodsNumber must be between " + Order.MIN_GOODS_NUMBER + " and " + Order.MAX_GOODS_NUMBER);
        }
        requireFigure("goodsPrice", goodsPrice);
        requireFigure("shippingFee", shippingFee);
        requireFigure("orderAmount", orderAmount);
        if (moneyPaid != null) {
            if (moneyPaid.signum() < 0) {
                throw new InvalidRequestException("moneyPaid must not be negative");
            }
            if (!Money.hasAtMostTwoDecimals(moneyPaid)) {
                throw new InvalidRequestException("moneyPaid has at most 2 decimals");
            }
            if (!Money.fitsTheColumn(moneyPaid)) {
                throw new InvalidRequestException("moneyPaid is more than one order may cost");
            }
        }
        requireText("address", address, Order.MAX_ADDRESS_LENGTH);
        requireText("consignee", consignee, Order.MAX_CONSIGNEE_LENGTH);
    }

    /** The balance to spend, at scale 2; zero when none. */
    public BigDecimal balanceToSpend() {
        return moneyPaid == null ? Money.ZERO : Money.of(moneyPaid);
    }

    public boolean usesCoupon() {
        return couponId != null;
    }

    private static void requireFigure(String name, BigDecimal value) {
        if (value == null) {
            throw new InvalidRequestException(name + " is required: it is the figure the shopper agreed to");
        }
    }

    private static void requireText(String name, String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            throw new InvalidRequestException(name + " is required");
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw new InvalidRequestException(name + " is longer than " + maxLength + " characters");
        }
    }
}
