package com.shop.pay.domain;

import java.time.Instant;

/** A genuine notification of the platform that a payment's trade was paid. */
public record PlatformNotification(long payId, String transactionId, long totalFen, Instant paidAt)
        implements PaymentNotice {}
