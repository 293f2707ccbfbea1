package com.shop.pojo.order;

/** Payment state of an order; the integer is what {@code trade_order.pay_status} stores. */
public enum PayStatus {
    UNPAID(0),
    PAYING(1),
    PAID(2);

    private final int code;

    PayStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static PayStatus ofCode(int code) {
        for (PayStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown pay status " + code);
    }
}
