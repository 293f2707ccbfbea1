package com.shop.api;

/** Alipay's asynchronous notifications, as shop-pay-web receives them. */
public interface AlipayNotificationService {

    /**
     * Handles a notification (its form body, {@code application/x-www-form-urlencoded} in UTF-8) and returns what to
     * answer it with: {@code success} for a genuine notification of one of our payments, also one already processed
     * (Alipay stops sending it); {@code failure}, changing nothing, for anything else (a signature that does not
     * verify, another app, an unknown trade, an amount that is not the payment's).
     */
    String handleAlipayNotification(String notificationForm);
}
