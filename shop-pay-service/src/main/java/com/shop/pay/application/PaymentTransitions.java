package com.shop.pay.application;

import com.shop.common.id.IdGenerator;
import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentEventPublisher;
import com.shop.pay.domain.PaymentRepository;
import com.shop.pay.domain.Refund;
import com.shop.pay.domain.RefundRepository;
import java.time.Instant;
import java.util.Date;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local transactions of a payment's life, kept apart from the calls to the platform so that none of those ever
 * runs inside one of them. Every transition is a guarded update: when a notification, a lookup and a close race,
 * exactly one of them moves the payment, and only that one announces it.
 */
@Slf4j
@Service
public class PaymentTransitions {

    static final String LATE_PAYMENT_REASON = "paid after its trade was closed";

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final PaymentEventPublisher events;
    private final IdGenerator ids;

    public PaymentTransitions(
            PaymentRepository payments, RefundRepository refunds, PaymentEventPublisher events, IdGenerator ids) {
        this.payments = payments;
        this.refunds = refunds;
        this.events = events;
        this.ids = ids;
    }

    /** @return false when the order already has an open payment */
    @Transactional
    public boolean open(Payment payment) {
        return payments.insertOpen(payment);
    }

    /**
     * Marks the payment paid and writes {@code PaymentSucceeded} in the same transaction. Money that reached a trade
     * we had closed is recorded as paid too, with a pending refund in the same transaction, and announced to nobody:
     * its order is closed and keeps what it gave back.
     */
    @Transactional
    public Settlement recordPaid(Payment payment, String transactionId, Instant paidAt) {
        Date paidTime = Date.from(paidAt);
        if (payments.markPaid(payment.getPayId(), transactionId, paidTime)) {
            events.paymentSucceeded(reread(payment));
            return Settlement.PAID;
        }
        if (payments.markPaidAfterClose(payment.getPayId(), transactionId, paidTime)) {
            log.warn(
                    "Payment {} of order {} was paid after its trade was closed; refunding it",
                    payment.getPayId(),
                    payment.getOrderId());
            refunds.insertPending(Refund.pendingOf(ids.nextId(), reread(payment), LATE_PAYMENT_REASON));
            return Settlement.REFUNDING_LATE_PAYMENT;
        }
        return Settlement.ALREADY_PAID;
    }

    /** @return false when the payment was no longer paying (paid or closed meanwhile) */
    @Transactional
    public boolean close(long payId) {
        return payments.markClosed(payId);
    }

    /** The refund of the paid payment: recorded now as pending, or the one recorded before. */
    @Transactional
    public Refund recordRefund(Payment paid, String reason) {
        refunds.insertPending(Refund.pendingOf(ids.nextId(), paid, reason));
        return refunds.findByPayment(paid.getPayId())
                .orElseThrow(() -> new IllegalStateException("refund of payment " + paid.getPayId() + " vanished"));
    }

    private Payment reread(Payment payment) {
        return payments.findPayment(payment.getPayId())
                .orElseThrow(() -> new IllegalStateException("payment " + payment.getPayId() + " vanished"));
    }
}
