package com.shop.check;

import java.math.BigDecimal;
import java.util.Map;

/** What the checks need of an order, as the order service stored it. */
record OrderRow(
        long orderId,
        long userId,
        int status,
        int payStatus,
        int shippingStatus,
        long goodsId,
        int goodsNumber,
        String innerCode,
        Long couponId,
        BigDecimal moneyPaid,
        BigDecimal payAmount,
        boolean settled) {

    static final int UNCONFIRMED = 0;
    static final int CONFIRMED = 1;
    static final int PAID = 2;
    static final int SHIPPED = 1;

    static final String COLUMNS = "order_id, user_id, order_status, pay_status, shipping_status, goods_id,"
            + " goods_number, inner_code, coupon_id, money_paid, pay_amount";

    static OrderRow of(Map<String, Object> row) {
        return new OrderRow(
                Rows.longOf(row, "order_id"),
                Rows.longOf(row, "user_id"),
                Rows.intOf(row, "order_status"),
                Rows.intOf(row, "pay_status"),
                Rows.intOf(row, "shipping_status"),
                Rows.longOf(row, "goods_id"),
                Rows.intOf(row, "goods_number"),
                (String) row.get("inner_code"),
                Rows.nullableLong(row, "coupon_id"),
                Rows.money(row, "money_paid"),
                Rows.money(row, "pay_amount"),
                Rows.intOf(row, "settled") == 1);
    }

    /** Confirmed and not cancelled, invalidated or refunded: it holds what it took. */
    boolean live() {
        return status == CONFIRMED;
    }

    boolean paid() {
        return payStatus == PAID;
    }

    boolean vending() {
        return innerCode != null;
    }

    /** The order's identity and state, to print beside a finding. */
    Map<String, Object> figures() {
        return Map.of("order_id", orderId, "order_status", status, "pay_status", payStatus);
    }
}
