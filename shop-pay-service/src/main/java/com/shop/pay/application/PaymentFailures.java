package com.shop.pay.application;

import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentFailureNotice;
import com.shop.pay.domain.PaymentRepository;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * The platform's word that an attempt to pay a trade failed (a FAIL notification). No money moved, so nothing is
 * announced and the payment stays open: the payer may try again until it is paid, closed or timed out. The error is
 * kept on the payment for people to read.
 */
@Slf4j
@Service
public class PaymentFailures {

    private final PaymentRepository payments;

    public PaymentFailures(PaymentRepository payments) {
        this.payments = payments;
    }

    /** @return true when the notice is about one of our payments, so the platform may stop sending it */
    public boolean record(PaymentFailureNotice notice) {
        Optional<Payment> payment = payments.findPayment(notice.payId());
        if (payment.isEmpty()) {
            log.warn("The platform reports a failed payment of trade {}, but there is no such payment", notice.payId());
            return false;
        }
        boolean recorded = payments.recordFailure(notice.payId(), notice.errCode(), notice.errCodeDes());
        log.info(
                "Payment {} of order {} failed at the platform: {} {}{}",
                notice.payId(),
                payment.get().getOrderId(),
                notice.errCode(),
                notice.errCodeDes(),
                recorded ? "" : " (no longer paying; not recorded)");
        return true;
    }
}
