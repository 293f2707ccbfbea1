package com.shop.pay.domain;

/** A genuine notification of the platform about one of our trades: it was paid, or a payment of it failed. */
public sealed interface PaymentNotice permits PlatformNotification, PaymentFailureNotice, AcknowledgedNotice {

    /** The payment whose trade it is about ({@code out_trade_no}). */
    long payId();
}
