package com.shop.goods.vending.persistence;

import com.shop.common.persistence.CodedEnumTypeHandler;
import com.shop.goods.vending.domain.VendingOrderStatus;

/** {@link VendingOrderStatus} as its code. */
public class VendingOrderStatusTypeHandler extends CodedEnumTypeHandler<VendingOrderStatus> {

    public VendingOrderStatusTypeHandler() {
        super(VendingOrderStatus::code, VendingOrderStatus::ofCode);
    }
}
