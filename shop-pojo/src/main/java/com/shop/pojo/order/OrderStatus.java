package com.shop.pojo.order;

import com.shop.pojo.CodedEnum;

/** Lifecycle of an order; the integer is what {@code trade_order.order_status} stores. */
public enum OrderStatus implements CodedEnum {
    UNCONFIRMED(0),
    CONFIRMED(1),
    CANCELLED(2),
    INVALID(3),
    REFUNDED(4);

    private final int code;

    OrderStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static OrderStatus ofCode(int code) {
        return CodedEnum.ofCode(OrderStatus.class, code);
    }
}
