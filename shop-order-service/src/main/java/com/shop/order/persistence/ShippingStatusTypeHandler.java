package com.shop.order.persistence;

import com.shop.pojo.order.ShippingStatus;

/** {@link ShippingStatus} as its code. */
public class ShippingStatusTypeHandler extends StatusCodeTypeHandler<ShippingStatus> {

    public ShippingStatusTypeHandler() {
        super(ShippingStatus::code, ShippingStatus::ofCode);
    }
}
