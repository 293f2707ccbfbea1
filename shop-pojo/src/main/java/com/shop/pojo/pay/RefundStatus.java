package com.shop.pojo.pay;

import com.shop.pojo.CodedEnum;

/** State of a refund; the integer is what {@code trade_refund.refund_status} stores. */
public enum RefundStatus implements CodedEnum {
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

    @Override
    public int code() {
        return code;
    }

    public static RefundStatus ofCode(int code) {
        return CodedEnum.ofCode(RefundStatus.class, code);
    }
}
