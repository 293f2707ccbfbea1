package com.shop.pay.application;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentGatewayException;
import com.shop.pay.domain.PaymentGateways;
import com.shop.pay.domain.PaymentRepository;
import com.shop.pay.domain.Refund;
import com.shop.pay.domain.RefundOutcome;
import com.shop.pay.domain.RefundRefusedException;
import com.shop.pay.domain.RefundRepository;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * Refunding a paid payment through the platform: all of it, once. The refund is recorded as pending first, in its own
 * transaction, then asked of the platform with its id as {@code out_refund_no}, so a repeat after a crash or a timeout
 * refunds nothing more. The platform accepting it only means it is being made: it succeeds or fails when its
 * notification ({@link RefundNotifications}) or a refund query ({@link #followUpQuietly}) says so. A refund the
 * platform refuses for good fails at once. A failed refund is parked for an operator and never asked again.
 */
@Slf4j
@Service
public class PaymentRefunds {

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final PaymentTransitions transitions;
    private final PaymentGateways gateways;
    private final RefundOutcomes outcomes;

    public PaymentRefunds(
            PaymentRepository payments,
            RefundRepository refunds,
            PaymentTransitions transitions,
            PaymentGateways gateways,
            RefundOutcomes outcomes) {
        this.payments = payments;
        this.refunds = refunds;
        this.transitions = transitions;
        this.gateways = gateways;
        this.outcomes = outcomes;
    }

    /**
     * @return the refund: pending once the platform accepted it (or earlier asks did), settled when it ended
     * @throws IllegalOrderStateException  the order has no paid payment
     * @throws ServiceUnavailableException the platform did not accept the refund yet; it stays pending and is asked
     *                                     for again
     */
    public Refund refundOrder(long orderId, String reason) {
        Payment paid = payments.findPaidPayment(orderId)
                .orElseThrow(() -> new IllegalOrderStateException("order " + orderId + " has no paid payment to refund")
                        .withOrderId(orderId));
        Refund refund = transitions.recordRefund(paid, reason);
        if (refund.isSettled() || refund.isAccepted()) {
            return refund;
        }
        try {
            return ask(refund, paid);
        } catch (PaymentGatewayException e) {
            log.warn(
                    "Refund {} of order {} is not accepted by the platform yet: {}",
                    refund.getRefundId(),
                    orderId,
                    e.getMessage());
            throw new ServiceUnavailableException("the payment platform did not accept the refund of order " + orderId
                            + " yet; it is asked again")
                    .withOrderId(orderId);
        }
    }

    /** Asks the platform for a pending refund of the payment not accepted yet; a failure is left to the retry. */
    void completeQuietly(long payId) {
        try {
            Refund refund = refunds.findByPayment(payId).orElseThrow();
            if (!refund.isSettled() && !refund.isAccepted()) {
                ask(refund, payments.findPayment(payId).orElseThrow());
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Refund of payment {} is not accepted by the platform yet; it is asked again later: {}",
                    payId,
                    e.toString());
        }
    }

    /**
     * Learns how a pending refund stands at the platform: one it never took is asked for (again), one it made or will
     * not make is settled, one still being made is left for the next round. A failure is left to that round too.
     */
    void followUpQuietly(Refund refund) {
        try {
            // read first: a refund of a payment not found here is not worth a call to the platform
            Payment paid = payments.findPayment(refund.getPayId()).orElseThrow();
            RefundOutcome outcome = gateways.refundsOf(paid).queryRefund(refund, paid);
            if (outcome.state() == RefundOutcome.State.UNKNOWN) {
                ask(refund, paid);
            } else {
                outcomes.apply(refund, outcome, "refund query");
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Refund {} of payment {} could not be followed up; the next round tries again: {}",
                    refund.getRefundId(),
                    refund.getPayId(),
                    e.toString());
        }
    }

    /** @throws PaymentGatewayException the platform did not take it now */
    private Refund ask(Refund refund, Payment paid) {
        try {
            String gatewayRefundId = gateways.refundsOf(paid).requestRefund(refund, paid);
            refunds.markAccepted(refund.getRefundId(), gatewayRefundId);
            log.info(
                    "Refund {} of payment {} (order {}, {}) accepted by the platform as {}",
                    refund.getRefundId(),
                    paid.getPayId(),
                    paid.getOrderId(),
                    refund.getRefundAmount(),
                    gatewayRefundId);
        } catch (RefundRefusedException e) {
            outcomes.failed(refund, e.getMessage());
        }
        return refunds.findById(refund.getRefundId()).orElseThrow();
    }
}
