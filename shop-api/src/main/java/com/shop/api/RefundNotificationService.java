package com.shop.api;

/** The payment platform's refund notifications, as shop-pay-web receives them. */
public interface RefundNotificationService {

    /**
     * Handles a refund notification (its raw XML body) and returns the XML to answer it with: SUCCESS for a genuine
     * notification of one of our refunds, also one already processed; FAIL, changing nothing, for anything else.
     */
    String handleWechatRefundNotification(String notificationXml);
}
