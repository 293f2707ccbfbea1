package com.shop.pay.domain;

/**
 * The payment platform (WeChat Pay v2 in production, the devstack's sandbox locally). Every answer is believed only
 * after its signature and merchant were checked. A platform that cannot be reached, or answers something that cannot
 * be believed, throws {@link PaymentGatewayException}; nothing is assumed about what it did.
 */
public interface PaymentGateway {

    /** Opens the trade of a payment (idempotent for the same payment and amount) and returns what the payer scans. */
    OpenedTrade openTrade(Payment payment);

    /** What the platform knows of the payment's trade. */
    TradeLookup queryTrade(long payId);

    /** Closes the payment's trade, so nobody can pay it any more, unless it was paid already. */
    TradeClosing closeTrade(long payId);

    /**
     * Reads a notification the platform posted: signature and merchant checked. A paid trade is a
     * {@link PlatformNotification}, a failed attempt to pay it ({@code result_code} FAIL) a {@link PaymentFailureNotice}.
     *
     * @throws InvalidNotificationException for anything that is not a genuine notification of ours
     */
    PaymentNotice readNotification(String body);

    /** The body that answers a notification: accepted (the platform stops sending it) or refused. */
    String notificationReply(boolean accepted);
}
