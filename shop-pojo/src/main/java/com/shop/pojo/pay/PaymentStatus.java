package com.shop.pojo.pay;

import com.shop.pojo.CodedEnum;

/** State of a payment; the integer is what {@code trade_pay.pay_status} stores. */
public enum PaymentStatus implements CodedEnum {
    PAYING(1),
    PAID(2),
    CLOSED(3);

    private final int code;

    PaymentStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static PaymentStatus ofCode(int code) {
        return CodedEnum.ofCode(PaymentStatus.class, code);
    }
}
