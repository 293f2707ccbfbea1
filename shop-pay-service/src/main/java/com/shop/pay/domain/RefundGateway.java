package com.shop.pay.domain;

import com.shop.pojo.pay.PayChannel;

/**
 * Refunds at the payment platform. Asking for one needs the merchant's certificate (mutual TLS); its outcome comes
 * later, by notification or refund query. Like {@link PaymentGateway}, a platform that cannot be reached or answers
 * something that cannot be believed throws {@link PaymentGatewayException}, and nothing is assumed.
 */
public interface RefundGateway {

    /** The platform this is. */
    PayChannel channel();

    /**
     * Asks the platform to refund the paid payment; a repeat with the same refund id refunds nothing more. An
     * accepted refund is not yet made: {@link #queryRefund} or a notification tells how it ended.
     *
     * @return the platform's id of the refund
     * @throws RefundRefusedException the platform refused this refund for good
     */
    String requestRefund(Refund refund, Payment paid);

    /** What the platform knows of the refund of the paid payment. */
    RefundOutcome queryRefund(Refund refund, Payment paid);

    /**
     * Reads a refund notification: merchant checked, details decrypted with the merchant key. Only WeChat Pay sends
     * them; Alipay's refunds end by the refund query.
     *
     * @throws InvalidNotificationException for anything that is not a genuine refund notification of ours
     */
    RefundNotification readRefundNotification(String body);
}
