package com.shop.pay.application;

/** What applying a payment the platform confirmed came to. */
public enum Settlement {
    /** Marked paid now; {@code PaymentSucceeded} is on its way. */
    PAID,
    /** It was marked paid before (a repeated notification, a notification and a lookup crossing). */
    ALREADY_PAID,
    /** The money reached a trade closed meanwhile; it is being refunded and the order stays closed. */
    REFUNDING_LATE_PAYMENT,
    /** No such payment. */
    UNKNOWN_PAYMENT,
    /** The platform's amount is not the payment's. */
    AMOUNT_MISMATCH;

    /** True when the platform's message was genuine news about one of our payments, handled or already known. */
    public boolean accepted() {
        return this == PAID || this == ALREADY_PAID || this == REFUNDING_LATE_PAYMENT;
    }
}
