package com.shop.pay.domain;

import com.shop.pojo.pay.PayChannel;

/**
 * One payment platform (WeChat Pay v2 or Alipay in production, the devstack's sandboxes locally); {@link
 * PaymentGateways} finds a payment's. Every answer is believed only after its signature and merchant were checked. A
 * platform that cannot be reached, or answers something that cannot be believed, throws
 * {@link PaymentGatewayException}; nothing is assumed about what it did.
 */
public interface PaymentGateway {

    /** The platform this is. */
    PayChannel channel();

    /** False when this deployment has no merchant account at the platform: no payment can be opened there. */
    boolean configured();

    /** Opens the trade of a payment (idempotent for the same payment and amount) and returns what the payer pays. */
    OpenedTrade openTrade(Payment payment);

    /** What the platform knows of the payment's trade. */
    TradeLookup queryTrade(Payment payment);

    /** Closes the payment's trade, so nobody can pay it any more, unless it was paid already. */
    TradeClosing closeTrade(Payment payment);

    /**
     * Reads a notification the platform posted (its body as sent: XML at WeChat Pay, a form at Alipay): signature and
     * merchant checked. A paid trade is a {@link PlatformNotification}, a failed attempt to pay it a
     * {@link PaymentFailureNotice}, news that changes nothing here (a closed trade) an {@link AcknowledgedNotice}.
     *
     * @throws InvalidNotificationException for anything that is not a genuine notification of ours
     */
    PaymentNotice readNotification(String body);

    /** The body that answers a notification: accepted (the platform stops sending it) or refused. */
    String notificationReply(boolean accepted);
}
