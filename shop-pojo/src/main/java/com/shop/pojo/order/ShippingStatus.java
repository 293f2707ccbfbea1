package com.shop.pojo.order;

import com.shop.pojo.CodedEnum;

/**
 * Delivery state of an order; the integer is what {@code trade_order.shipping_status} stores: the course's 0 not
 * shipped, 1 shipped, 2 returned, and 3 received, when the shopper confirmed the parcel arrived.
 */
public enum ShippingStatus implements CodedEnum {
    NOT_SHIPPED(0),
    SHIPPED(1),
    RETURNED(2),
    RECEIVED(3);

    private final int code;

    ShippingStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static ShippingStatus ofCode(int code) {
        return CodedEnum.ofCode(ShippingStatus.class, code);
    }
}
