package com.shop.pojo.order;

/** Lifecycle of an order; the integer is what {@code trade_order.order_status} stores. */
public enum OrderStatus {
    UNCONFIRMED(0),
    CONFIRMED(1),
    CANCELLED(2),
    INVALID(3),
    REFUNDED(4);

    private final int code;

    OrderStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static OrderStatus ofCode(int code) {
        for (OrderStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown order status " + code);
    }
}
