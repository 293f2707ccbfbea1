package com.shop.pay.application;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.ServiceUnavailableException;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentGateway;
import com.shop.pay.domain.PaymentGatewayException;
import com.shop.pay.domain.PaymentRepository;
import com.shop.pay.domain.Refund;
import com.shop.pay.domain.RefundRepository;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * Refunding a paid payment through the platform: all of it, once. The refund is recorded as pending first, in its own
 * transaction, then asked of the platform with its id as {@code out_refund_no}, so a repeat after a crash or a timeout
 * refunds nothing more; it is marked succeeded only once the platform accepted it.
 */
@Slf4j
@Service
public class PaymentRefunds {

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final PaymentTransitions transitions;
    private final PaymentGateway gateway;

    public PaymentRefunds(PaymentRepository payments, RefundRepository refunds, PaymentTransitions transitions,
                          PaymentGateway gateway) {
        this.payments = payments;
        this.refunds = refunds;
        this.transitions = transitions;
        this.gateway = gateway;
    }

    /**
     * @throws IllegalOrderStateException  the order has no paid payment
     * @throws ServiceUnavailableException the platform did not accept the refund yet; it stays pending and is asked
     *                                     for again
     */
    public Refund refundOrder(long orderId, String reason) {
        Payment paid = payments.findPaidPayment(orderId).orElseThrow(() ->
                new IllegalOrderStateException("order " + orderId + " has no paid payment to refund").withOrderId(orderId));
        Refund refund = transitions.recordRefund(paid, reason);
        if (refund.isSucceeded()) {
            return refund;
        }
        try {
            return complete(refund, paid);
        } catch (PaymentGatewayException e) {
            log.warn("Refund {} of order {} is not accepted by the platform yet: {}", refund.getRefundId(), orderId,
                    e.getMessage());
            throw new ServiceUnavailableException("the payment platform did not accept the refund of order " + orderId
                    + " yet; it is asked again").withOrderId(orderId);
        }
    }

    /** Asks the platform for a pending refund of the payment; a failure is left to {@link PendingRefundRetry}. */
    void completeQuietly(long payId) {
        try {
            Refund refund = refunds.findByPayment(payId).orElseThrow();
            if (!refund.isSucceeded()) {
                complete(refund, payments.findPayment(payId).orElseThrow());
            }
        } catch (RuntimeException e) {
            log.warn("Refund of payment {} is not accepted by the platform yet; it is asked again later: {}", payId,
                    e.toString());
        }
    }

    private Refund complete(Refund refund, Payment paid) {
        String gatewayRefundId = gateway.refund(refund, paid);
        transitions.refundSucceeded(refund, gatewayRefundId);
        log.info("Refund {} of payment {} (order {}, {}) accepted by the platform as {}", refund.getRefundId(),
                paid.getPayId(), paid.getOrderId(), refund.getRefundAmount(), gatewayRefundId);
        return refunds.findByPayment(paid.getPayId()).orElseThrow();
    }
}
