package com.shop.pay.application;

import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentRepository;
import com.shop.pay.domain.Refund;
import java.util.List;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * No payment of a cancelled order keeps money. The order service closes an order's payment before it cancels the
 * order, but a payment opened or paid while the order was being cancelled escapes that close: this catches it when
 * the cancellation is announced. A payment still paying is closed, at the platform first; one paid, which its order
 * could not take any more, is refunded. The refund a cancellation asked for itself (a paid order the user cancelled)
 * is that same refund, recorded once.
 */
@Slf4j
@Service
public class CancelledOrderPayments {

    static final String CANCELLED_ORDER_REASON = "its order was cancelled";

    private final PaymentClosing closing;
    private final PaymentRepository payments;
    private final PaymentTransitions transitions;
    private final PaymentRefunds refunding;

    public CancelledOrderPayments(
            PaymentClosing closing,
            PaymentRepository payments,
            PaymentTransitions transitions,
            PaymentRefunds refunding) {
        this.closing = closing;
        this.payments = payments;
        this.transitions = transitions;
        this.refunding = refunding;
    }

    /**
     * Remote, outside any transaction: the order's payment still paying is closed at the platform, then here; one the
     * platform reports paid is applied as paid (and is then refunded by {@link #recordRefunds}).
     *
     * @throws com.shop.api.exception.ServiceUnavailableException the platform did not answer; nothing changed here
     */
    public void closePayment(long orderId) {
        closing.closeOrderPayment(orderId);
    }

    /**
     * Local, in the transaction of the consumer that heard the cancellation: the refunds of the order's paid payments,
     * one each. Besides the one that paid the order there may be one paid after its trade was closed, refunded since
     * it was paid; its refund is that same one.
     */
    @Transactional
    public List<Refund> recordRefunds(long orderId) {
        return payments.findPaidPayments(orderId).stream()
                .map(this::recordRefund)
                .toList();
    }

    private Refund recordRefund(Payment paid) {
        Refund refund = transitions.recordRefund(paid, CANCELLED_ORDER_REASON);
        if (CANCELLED_ORDER_REASON.equals(refund.getReason())) {
            log.warn("Payment {} of cancelled order {} was paid; refunding it", paid.getPayId(), paid.getOrderId());
        }
        return refund;
    }

    /** Remote, after the refunds were recorded; a refused or failed ask is repeated by {@link PendingRefundRetry}. */
    public void askRefund(Refund refund) {
        if (!refund.isSettled()) {
            refunding.completeQuietly(refund.getPayId());
        }
    }
}
