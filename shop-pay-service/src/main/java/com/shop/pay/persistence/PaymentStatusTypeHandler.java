package com.shop.pay.persistence;

import com.shop.common.persistence.CodedEnumTypeHandler;
import com.shop.pojo.pay.PaymentStatus;

/** {@code trade_pay.pay_status} holds the status code, not the name. */
public class PaymentStatusTypeHandler extends CodedEnumTypeHandler<PaymentStatus> {

    public PaymentStatusTypeHandler() {
        super(PaymentStatus::code, PaymentStatus::ofCode);
    }
}
