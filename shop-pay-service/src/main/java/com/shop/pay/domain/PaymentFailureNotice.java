package com.shop.pay.domain;

/**
 * A genuine notification of the platform that an attempt to pay a payment's trade failed ({@code result_code} FAIL):
 * no money moved and the trade can still be paid. The platform's error is kept as it gave it, either may be null.
 */
public record PaymentFailureNotice(long payId, String errCode, String errCodeDes) implements PaymentNotice {}
