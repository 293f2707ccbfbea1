package com.shop.devstack.sandbox;

/** What became of a payer's attempt to pay a trade. */
enum PayOutcome {
    /** The money arrived now; the merchant is to be notified. */
    PAID,
    /** The trade had been paid before: nothing happened. */
    ALREADY_PAID,
    /** The trade is closed and the payment was not forced through. */
    REFUSED_CLOSED
}
