package com.shop.pay.application;

import com.shop.pay.domain.InvalidNotificationException;
import com.shop.pay.domain.PaymentFailureNotice;
import com.shop.pay.domain.PaymentGateway;
import com.shop.pay.domain.PaymentNotice;
import com.shop.pay.domain.PlatformNotification;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * The platform's payment notifications. A genuine one is applied once, and acknowledged every time it comes, so the
 * platform stops resending it: a payment's success settles it, a failed attempt to pay is recorded and moves no money.
 * Anything else is refused and changes nothing. A failure of our own (the database) is thrown: the platform gets no
 * acknowledgement and sends it again.
 */
@Slf4j
@Service
public class PaymentNotifications {

    private final PaymentGateway gateway;
    private final PaymentSettlement settlement;
    private final PaymentFailures failures;

    public PaymentNotifications(PaymentGateway gateway, PaymentSettlement settlement, PaymentFailures failures) {
        this.gateway = gateway;
        this.settlement = settlement;
        this.failures = failures;
    }

    /** @return the body that answers the notification */
    public String handle(String body) {
        PaymentNotice notification;
        try {
            notification = gateway.readNotification(body);
        } catch (InvalidNotificationException e) {
            log.warn("Refused a payment notification: {}", e.getMessage());
            return gateway.notificationReply(false);
        }
        return gateway.notificationReply(apply(notification));
    }

    private boolean apply(PaymentNotice notification) {
        if (notification instanceof PaymentFailureNotice failure) {
            return failures.record(failure);
        }
        PlatformNotification paid = (PlatformNotification) notification;
        return settlement.settle(paid.payId(), paid.transactionId(), paid.totalFen(), paid.paidAt()).accepted();
    }
}
