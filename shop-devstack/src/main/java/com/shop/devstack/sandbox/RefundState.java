package com.shop.devstack.sandbox;

/** How a refund ended at the platform, named as {@code refund_status} reports it. */
enum RefundState {
    /** The money went back to the payer. */
    SUCCESS,
    /** The payer's account refused it (closed card, frozen account): the merchant must settle it otherwise. */
    CHANGE,
    /** The platform closed the refund without refunding. */
    REFUNDCLOSE
}
