package com.shop.order.persistence;

import com.shop.common.persistence.CodedEnumTypeHandler;
import com.shop.pojo.order.ShippingStatus;

/** {@link ShippingStatus} as its code. */
public class ShippingStatusTypeHandler extends CodedEnumTypeHandler<ShippingStatus> {

    public ShippingStatusTypeHandler() {
        super(ShippingStatus::code, ShippingStatus::ofCode);
    }
}
