package com.shop.goods.persistence;

import com.shop.common.persistence.CodedEnumTypeHandler;
import com.shop.goods.domain.VendingOrderStatus;

/** {@link VendingOrderStatus} as its code. */
public class VendingOrderStatusTypeHandler extends CodedEnumTypeHandler<VendingOrderStatus> {

    public VendingOrderStatusTypeHandler() {
        super(VendingOrderStatus::code, VendingOrderStatus::ofCode);
    }
}
