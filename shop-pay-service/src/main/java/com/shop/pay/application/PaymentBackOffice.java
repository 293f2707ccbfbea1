package com.shop.pay.application;

import com.shop.api.exception.InvalidRequestException;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentRepository;
import com.shop.pay.domain.Refund;
import com.shop.pay.domain.RefundRepository;
import java.util.List;
import org.springframework.stereotype.Service;

/** Operators reading every user's payments and refunds, as stored: nothing is asked of the platform. */
@Service
public class PaymentBackOffice {

    static final int MAX_LIMIT = 100;

    private final PaymentRepository payments;
    private final RefundRepository refunds;

    public PaymentBackOffice(PaymentRepository payments, RefundRepository refunds) {
        this.payments = payments;
        this.refunds = refunds;
    }

    public List<Payment> recentPayments(int limit) {
        return payments.findRecent(checked(limit));
    }

    public List<Refund> recentRefunds(int limit) {
        return refunds.findRecent(checked(limit));
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        return limit;
    }
}
