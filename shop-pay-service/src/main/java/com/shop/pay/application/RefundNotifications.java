package com.shop.pay.application;

import com.shop.pay.domain.Fen;
import com.shop.pay.domain.InvalidNotificationException;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentGateways;
import com.shop.pay.domain.PaymentRepository;
import com.shop.pay.domain.Refund;
import com.shop.pay.domain.RefundNotification;
import com.shop.pay.domain.RefundOutcome;
import com.shop.pay.domain.RefundRepository;
import com.shop.pojo.pay.PayChannel;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * The platform's refund notifications: decrypted, then believed only for a refund of ours whose payment and amounts
 * match. A valid one settles the refund (a repeat, or one for a refund already settled, is answered SUCCESS and
 * changes nothing); anything else is answered FAIL and changes nothing.
 */
@Slf4j
@Service
public class RefundNotifications {

    private final PaymentGateways gateways;
    private final RefundRepository refunds;
    private final PaymentRepository payments;
    private final RefundOutcomes outcomes;

    public RefundNotifications(
            PaymentGateways gateways, RefundRepository refunds, PaymentRepository payments, RefundOutcomes outcomes) {
        this.gateways = gateways;
        this.refunds = refunds;
        this.payments = payments;
        this.outcomes = outcomes;
    }

    /** @return the XML answer: SUCCESS for a valid notification (the platform stops sending it), FAIL otherwise */
    public String handle(String body) {
        return gateways.of(PayChannel.WECHAT).notificationReply(accepted(body));
    }

    private boolean accepted(String body) {
        try {
            RefundNotification notification =
                    gateways.refundsOf(PayChannel.WECHAT).readRefundNotification(body);
            Refund refund = matchingRefund(notification);
            outcomes.apply(
                    refund,
                    new RefundOutcome(
                            notification.state(),
                            notification.gatewayRefundId(),
                            notification.refundFee(),
                            notification.detail()),
                    "refund notification");
            return true;
        } catch (InvalidNotificationException e) {
            log.warn("Refund notification refused: {}", e.getMessage());
            return false;
        }
    }

    private Refund matchingRefund(RefundNotification notification) {
        Refund refund = refunds.findById(notification.refundId())
                .orElseThrow(() -> new InvalidNotificationException("no refund " + notification.refundId()));
        Payment paid = payments.findPayment(refund.getPayId()).orElseThrow();
        if (notification.payId() != refund.getPayId()
                || notification.totalFee() != paid.payAmountFen()
                || notification.refundFee() != Fen.of(refund.getRefundAmount())) {
            throw new InvalidNotificationException("refund " + refund.getRefundId() + " is of payment "
                    + refund.getPayId() + " (" + paid.payAmountFen() + " fen), " + Fen.of(refund.getRefundAmount())
                    + " fen, not as notified: payment " + notification.payId() + " (" + notification.totalFee()
                    + " fen), " + notification.refundFee() + " fen");
        }
        return refund;
    }
}
