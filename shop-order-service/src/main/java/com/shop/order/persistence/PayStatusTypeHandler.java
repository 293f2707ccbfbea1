package com.shop.order.persistence;

import com.shop.pojo.order.PayStatus;

/** {@link PayStatus} as its code. */
public class PayStatusTypeHandler extends StatusCodeTypeHandler<PayStatus> {

    public PayStatusTypeHandler() {
        super(PayStatus::code, PayStatus::ofCode);
    }
}
