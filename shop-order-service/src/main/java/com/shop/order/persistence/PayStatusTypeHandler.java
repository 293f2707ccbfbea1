package com.shop.order.persistence;

import com.shop.common.persistence.CodedEnumTypeHandler;
import com.shop.pojo.order.PayStatus;

/** {@link PayStatus} as its code. */
public class PayStatusTypeHandler extends CodedEnumTypeHandler<PayStatus> {

    public PayStatusTypeHandler() {
        super(PayStatus::code, PayStatus::ofCode);
    }
}
