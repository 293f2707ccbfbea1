package com.shop.pay.application;

import com.shop.api.exception.PaymentNotFoundException;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentRepository;
import org.springframework.stereotype.Service;

/** Reading payments; a user sees only their own. */
@Service
public class PaymentQueries {

    private final PaymentRepository payments;

    public PaymentQueries(PaymentRepository payments) {
        this.payments = payments;
    }

    public Payment getPayment(long userId, long payId) {
        return payments.findPayment(payId)
                .filter(payment -> payment.getUserId() == userId)
                .orElseThrow(() -> new PaymentNotFoundException("no payment " + payId + " of this user"));
    }
}
