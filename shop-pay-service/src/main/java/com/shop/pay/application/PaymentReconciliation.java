package com.shop.pay.application;

import com.shop.pay.domain.Payment;
import com.shop.pay.domain.PaymentGateways;
import com.shop.pay.domain.PaymentRepository;
import com.shop.pay.domain.TradeLookup;
import java.util.List;
import lombok.extern.slf4j.Slf4j;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds payments whose notification was lost: payments still paying a while after they were opened are looked up at
 * the platform, and a success found there is applied exactly as its notification would have been. Each round takes
 * the next batch of them ({@link BacklogCursor}), so payments the platform keeps failing on hold up none of the
 * others. Guarded updates make it safe for several instances to look up the same payment.
 */
@Slf4j
@Component
public class PaymentReconciliation {

    private final PaymentRepository payments;
    private final PaymentGateways gateways;
    private final PaymentSettlement settlement;
    private final PaymentTransitions transitions;
    private final PayProperties properties;
    private final BacklogCursor cursor = new BacklogCursor();

    public PaymentReconciliation(
            PaymentRepository payments,
            PaymentGateways gateways,
            PaymentSettlement settlement,
            PaymentTransitions transitions,
            PayProperties properties) {
        this.payments = payments;
        this.gateways = gateways;
        this.settlement = settlement;
        this.transitions = transitions;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${shop.pay.reconcile-interval:30s}",
            initialDelayString = "${shop.pay.reconcile-interval:30s}")
    public void reconcile() {
        List<Payment> paying;
        try {
            paying = cursor.next(
                    properties.getReconcileBatchSize(),
                    (afterPayId, limit) ->
                            payments.findPayingOlderThan(properties.getReconcileAfter(), afterPayId, limit),
                    Payment::getPayId);
        } catch (RuntimeException e) {
            log.warn("Reconciliation could not read the paying payments; the next round tries again", e);
            return;
        }
        paying.forEach(this::reconcileQuietly);
    }

    /** @return what the platform said of the payment's trade */
    public TradeLookup reconcile(Payment payment) {
        TradeLookup trade = gateways.of(payment).queryTrade(payment);
        if (trade.wasPaid()) {
            settlement.settle(payment.getPayId(), trade.transactionId(), trade.totalFen(), trade.paidAt());
        } else if (trade.state() == TradeLookup.TradeState.CLOSED && transitions.close(payment.getPayId())) {
            // closed at the platform, but this service stopped before it wrote so
            log.info(
                    "Payment {} of order {} was closed at the platform; closed here too",
                    payment.getPayId(),
                    payment.getOrderId());
        }
        return trade;
    }

    private void reconcileQuietly(Payment payment) {
        try {
            reconcile(payment);
        } catch (RuntimeException e) {
            log.warn("Reconciling payment {} failed; the next round tries again: {}", payment.getPayId(), e.toString());
        }
    }
}
