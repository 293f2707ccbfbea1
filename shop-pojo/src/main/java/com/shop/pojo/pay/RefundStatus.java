package com.shop.pojo.pay;

/** State of a refund; the integer is what {@code trade_refund.refund_status} stores. */
public enum RefundStatus {
    /** Recorded; not yet made by the payment platform (not asked yet, or accepted and still being made). */
    PENDING(0),
    /** The payment platform gave the money back to the payer. */
    SUCCEEDED(1),
    /** The payment platform could not give the money back (refused, closed, the payer's account refused it): parked
     * with its reason for an operator, never asked again. */
    FAILED(2);

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
