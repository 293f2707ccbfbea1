package com.shop.pojo.pay;

/** State of a refund; the integer is what {@code trade_refund.refund_status} stores. */
public enum RefundStatus {
    /** Recorded, not yet accepted by the payment platform. */
    PENDING(0),
    /** The payment platform accepted the refund. */
    SUCCEEDED(1);

    private final int code;

    RefundStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static RefundStatus ofCode(int code) {
        for (RefundStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown refund status " + code);
    }
}
