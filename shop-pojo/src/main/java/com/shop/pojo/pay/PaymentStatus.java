package com.shop.pojo.pay;

/** State of a payment; the integer is what {@code trade_pay.pay_status} stores. */
public enum PaymentStatus {
    PAYING(1),
    PAID(2),
    CLOSED(3);

    private final int code;

    PaymentStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static PaymentStatus ofCode(int code) {
        for (PaymentStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown payment status " + code);
    }
}
