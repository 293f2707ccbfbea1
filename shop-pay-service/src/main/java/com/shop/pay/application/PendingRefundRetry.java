package com.shop.pay.application;

import com.shop.pay.domain.Refund;
import com.shop.pay.domain.RefundRepository;
import lombok.extern.slf4j.Slf4j;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks the platform again for refunds it has not accepted yet (it was unreachable, or the service stopped between
 * recording and asking). Each round takes the next batch of them ({@link BacklogCursor}), so refunds that keep
 * failing hold up none of the others. The refund id makes a repeat harmless, so several instances may retry the same
 * row.
 */
@Slf4j
@Component
public class PendingRefundRetry {

    private final RefundRepository refunds;
    private final PaymentRefunds refunding;
    private final PayProperties properties;
    private final BacklogCursor cursor = new BacklogCursor();

    public PendingRefundRetry(RefundRepository refunds, PaymentRefunds refunding, PayProperties properties) {
        this.refunds = refunds;
        this.refunding = refunding;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${shop.pay.reconcile-interval:30s}", initialDelayString = "${shop.pay.reconcile-interval:30s}")
    public void retryPending() {
        try {
            for (Refund refund : cursor.next(properties.getReconcileBatchSize(), (afterRefundId, limit) ->
                    refunds.findPendingOlderThan(properties.getRefundRetryAfter(), afterRefundId, limit),
                    Refund::getRefundId)) {
                refunding.completeQuietly(refund.getPayId());
            }
        } catch (RuntimeException e) {
            log.warn("Retrying pending refunds failed; the next round tries again", e);
        }
    }
}
