package com.shop.pojo.order;

import com.shop.pojo.CodedEnum;

/** Payment state of an order; the integer is what {@code trade_order.pay_status} stores. */
public enum PayStatus implements CodedEnum {
    UNPAID(0),
    PAYING(1),
    PAID(2);

    private final int code;

    PayStatus(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    public static PayStatus ofCode(int code) {
        return CodedEnum.ofCode(PayStatus.class, code);
    }
}
