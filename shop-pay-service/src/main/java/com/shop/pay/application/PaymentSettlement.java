package com.shop.pay.application;

import com.shop.common.tracing.Correlation;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentRepository;
import java.time.Instant;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * Applies a payment the platform confirmed, whoever learnt of it (its notification, a lookup, reconciliation, a close
 * that found it paid), exactly once. The platform's amount must be the payment's to the fen.
 */
@Slf4j
@Service
public class PaymentSettlement {

    private final PaymentRepository payments;
    private final PaymentTransitions transitions;
    private final PaymentRefunds refunds;

    private final Correlation correlation;

    public PaymentSettlement(
            PaymentRepository payments,
            PaymentTransitions transitions,
            PaymentRefunds refunds,
            Correlation correlation) {
        this.payments = payments;
        this.transitions = transitions;
        this.refunds = refunds;
        this.correlation = correlation;
    }

    public Settlement settle(long payId, String transactionId, long totalFen, Instant paidAt) {
        Optional<Payment> found = payments.findPayment(payId);
        if (found.isEmpty()) {
            log.warn("The platform reports payment {} paid, but there is no such payment", payId);
            return Settlement.UNKNOWN_PAYMENT;
        }
        Payment payment = found.get();
        if (payment.payAmountFen() != totalFen) {
            log.error(
                    "The platform reports payment {} paid with {} fen, but it is of {} fen; not applied",
                    payId,
                    totalFen,
                    payment.payAmountFen());
            return Settlement.AMOUNT_MISMATCH;
        }
        // the ids go with PaymentSucceeded to every consumer's log lines
        try (Correlation.Scope order = correlation.orderId(payment.getOrderId());
                Correlation.Scope pay = correlation.payId(payId)) {
            Settlement settlement = transitions.recordPaid(payment, transactionId, paidAt);
            log.info(
                    "Payment {} of order {} paid (transaction {}): {}",
                    payId,
                    payment.getOrderId(),
                    transactionId,
                    settlement);
            if (settlement == Settlement.REFUNDING_LATE_PAYMENT) {
                refunds.completeQuietly(payment.getPayId());
            }
            return settlement;
        }
    }
}
