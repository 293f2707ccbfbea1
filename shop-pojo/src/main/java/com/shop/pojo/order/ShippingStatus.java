package com.shop.pojo.order;

/** Delivery state of an order; the integer is what {@code trade_order.shipping_status} stores. */
public enum ShippingStatus {
    NOT_SHIPPED(0),
    SHIPPED(1),
    RETURNED(2);

    private final int code;

    ShippingStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ShippingStatus ofCode(int code) {
        for (ShippingStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown shipping status " + code);
    }
}
