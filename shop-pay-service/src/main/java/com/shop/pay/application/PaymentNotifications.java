package com.shop.pay.application;

import com.shop.pay.domain.AcknowledgedNotice;
import com.shop.pay.domain.InvalidNotificationException;
import com.shop.pay.domain.PaymentFailureNotice;
import com.shop.pay.domain.PaymentGateway;
import com.shop.pay.domain.PaymentGateways;
import com.shop.pay.domain.PaymentNotice;
import com.shop.pay.domain.PaymentRepository;
import com.shop.pay.domain.PlatformNotification;
import com.shop.pojo.pay.PayChannel;
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

    private final PaymentGateways gateways;
    private final PaymentSettlement settlement;
    private final PaymentFailures failures;
    private final PaymentRepository payments;
    private final CallbackMeters meters;

    public PaymentNotifications(
            PaymentGateways gateways,
            PaymentSettlement settlement,
            PaymentFailures failures,
            PaymentRepository payments,
            CallbackMeters meters) {
        this.gateways = gateways;
        this.settlement = settlement;
        this.failures = failures;
        this.payments = payments;
        this.meters = meters;
    }

    /** A notification of WeChat Pay. @return the body that answers it */
    public String handle(String body) {
        return handle(PayChannel.WECHAT, body);
    }

    /**
     * A notification of the platform of this channel, as it posted it; answered in its own terms. A notification about
     * a payment of another platform is not genuine: it is refused.
     *
     * @return the body that answers it
     */
    public String handle(PayChannel channel, String body) {
        PaymentGateway gateway = gateways.of(channel);
        PaymentNotice notification;
        try {
            notification = gateway.readNotification(body);
        } catch (InvalidNotificationException e) {
            log.warn("Refused a payment notification: {}", e.getMessage());
            meters.refused(channel, "invalid");
            return gateway.notificationReply(false);
        }
        if (!ofChannel(notification, channel)) {
            log.warn(
                    "Refused a payment notification of {} about payment {}, which is not one of its",
                    channel,
                    notification.payId());
            meters.refused(channel, "other-platform");
            return gateway.notificationReply(false);
        }
        boolean accepted = apply(notification);
        if (accepted) {
            meters.accepted(channel, kind(notification));
        } else {
            meters.refused(channel, "not-applied");
        }
        return gateway.notificationReply(accepted);
    }

    private static String kind(PaymentNotice notification) {
        if (notification instanceof AcknowledgedNotice) {
            return "notice";
        }
        return notification instanceof PaymentFailureNotice ? "payment-failed" : "paid";
    }

    /** An unknown payment passes here: what happens to it is the notification's to decide. */
    private boolean ofChannel(PaymentNotice notification, PayChannel channel) {
        return payments.findPayment(notification.payId())
                .map(payment -> payment.channel() == channel)
                .orElse(true);
    }

    private boolean apply(PaymentNotice notification) {
        if (notification instanceof AcknowledgedNotice news) {
            boolean ours = payments.findPayment(news.payId()).isPresent();
            log.info(
                    "The platform reports trade {} {}{}",
                    news.payId(),
                    news.status(),
                    ours ? "" : " (no such payment)");
            return ours;
        }
        if (notification instanceof PaymentFailureNotice failure) {
            return failures.record(failure);
        }
        PlatformNotification paid = (PlatformNotification) notification;
        return settlement
                .settle(paid.payId(), paid.transactionId(), paid.totalFen(), paid.paidAt())
                .accepted();
    }
}
