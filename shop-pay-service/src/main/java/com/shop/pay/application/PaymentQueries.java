package com.shop.pay.application;

import com.shop.api.exception.PaymentNotFoundException;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentGatewayException;
import com.shop.pay.domain.PaymentRepository;
import java.util.List;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * Reading payments; a user sees only their own. A payment still paying is looked up at the platform first (the
 * course's "query pay result"), so a payer who paid sees it even when the notification is late or lost.
 */
@Slf4j
@Service
public class PaymentQueries {

    private final PaymentRepository payments;
    private final PaymentReconciliation reconciliation;

    public PaymentQueries(PaymentRepository payments, PaymentReconciliation reconciliation) {
        this.payments = payments;
        this.reconciliation = reconciliation;
    }

    /** The user's payments of the order as stored; another user's order has none for them. */
    public List<Payment> listOrderPayments(long userId, long orderId) {
        return payments.findUserPaymentsOfOrder(userId, orderId);
    }

    public Payment getPayment(long userId, long payId) {
        Payment payment = payments.findPayment(payId)
                .filter(found -> found.getUserId() == userId)
                .orElseThrow(() -> new PaymentNotFoundException("no payment " + payId + " of this user"));
        if (!payment.isPaying() || !payment.hasTrade()) {
            return payment;
        }
        try {
            reconciliation.reconcile(payment);
        } catch (PaymentGatewayException e) {
            log.debug("Payment {} not looked up at the platform: {}", payId, e.getMessage());
            return payment;
        }
        return payments.findPayment(payId).orElse(payment);
    }
}
