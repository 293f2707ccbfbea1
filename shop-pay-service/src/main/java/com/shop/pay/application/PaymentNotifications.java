package com.shop.pay.application;

import com.shop.pay.domain.InvalidNotificationException;
import com.shop.pay.domain.PaymentGateway;
import com.shop.pay.domain.PlatformNotification;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * The platform's payment notifications. A genuine one is applied once, and acknowledged every time it comes, so the
 * platform stops resending it; anything else is refused and changes nothing. A failure of our own (the database)
 * is thrown: the platform gets no acknowledgement and sends it again.
 */
@Slf4j
@Service
public class PaymentNotifications {

    private final PaymentGateway gateway;
    private final PaymentSettlement settlement;

    public PaymentNotifications(PaymentGateway gateway, PaymentSettlement settlement) {
        this.gateway = gateway;
        this.settlement = settlement;
    }

    /** @return the body that answers the notification */
    public String handle(String body) {
        PlatformNotification notification;
        try {
            notification = gateway.readNotification(body);
        } catch (InvalidNotificationException e) {
            log.warn("Refused a payment notification: {}", e.getMessage());
            return gateway.notificationReply(false);
        }
        Settlement settled = settlement.settle(notification.payId(), notification.transactionId(),
                notification.totalFen(), notification.paidAt());
        return gateway.notificationReply(settled.accepted());
    }
}
