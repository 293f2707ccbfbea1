package com.shop.pay.application;

import com.shop.api.exception.ServiceUnavailableException;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentGatewayException;
import com.shop.pay.domain.PaymentGateways;
import com.shop.pay.domain.PaymentRepository;
import com.shop.pay.domain.TradeClosing;
import com.shop.pay.domain.TradeLookup;
import com.shop.pojo.pay.PaymentClosure;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * Closing an order's open payment so nobody can pay it any more (its time ran out, or the user cancelled). The trade
 * is closed at the platform first; only then is the payment marked closed here. When the platform says it was paid,
 * the payment is applied as its notification would be and the caller hears {@link PaymentClosure#PAID}.
 */
@Slf4j
@Service
public class PaymentClosing {

    private final PaymentRepository payments;
    private final PaymentGateways gateways;
    private final PaymentTransitions transitions;
    private final PaymentSettlement settlement;

    public PaymentClosing(
            PaymentRepository payments,
            PaymentGateways gateways,
            PaymentTransitions transitions,
            PaymentSettlement settlement) {
        this.payments = payments;
        this.gateways = gateways;
        this.transitions = transitions;
        this.settlement = settlement;
    }

    public PaymentClosure closeOrderPayment(long orderId) {
        Optional<Payment> open = payments.findOpenPayment(orderId);
        if (open.isEmpty()) {
            return PaymentClosure.NO_PAYMENT;
        }
        Payment payment = open.get();
        if (payment.isPaid()) {
            return PaymentClosure.PAID;
        }
        try {
            return close(payment);
        } catch (PaymentGatewayException e) {
            log.warn("Closing payment {} of order {} failed: {}", payment.getPayId(), orderId, e.getMessage());
            throw new ServiceUnavailableException("the payment platform did not close the payment of order " + orderId)
                    .withOrderId(orderId);
        }
    }

    private PaymentClosure close(Payment payment) {
        TradeClosing closing = gateways.of(payment).closeTrade(payment);
        if (closing == TradeClosing.ALREADY_PAID) {
            return applyPayment(payment);
        }
        if (transitions.close(payment.getPayId())) {
            log.info("Payment {} of order {} closed ({})", payment.getPayId(), payment.getOrderId(), closing);
            return PaymentClosure.CLOSED;
        }
        // a notification or a lookup moved it first
        Payment now = payments.findPayment(payment.getPayId()).orElseThrow();
        return now.isPaid() ? PaymentClosure.PAID : PaymentClosure.CLOSED;
    }

    private PaymentClosure applyPayment(Payment payment) {
        TradeLookup trade = gateways.of(payment).queryTrade(payment);
        if (!trade.wasPaid()) {
            throw new PaymentGatewayException("the platform refused to close payment " + payment.getPayId()
                    + " as paid, then reported it " + trade.state());
        }
        Settlement settled =
                settlement.settle(payment.getPayId(), trade.transactionId(), trade.totalFen(), trade.paidAt());
        if (!settled.accepted()) {
            throw new IllegalStateException("payment " + payment.getPayId() + " was paid at the platform but could not "
                    + "be applied: " + settled);
        }
        return PaymentClosure.PAID;
    }
}
