package com.shop.pay.application;

import com.shop.pay.domain.Refund;
import com.shop.pay.domain.RefundRepository;
import lombok.extern.slf4j.Slf4j;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Follows up refunds still pending: asks the platform how each stands (refund query), asks again for one it never
 * took (it was unreachable, or the service stopped between recording and asking), and settles one it made or will not
 * make, whose notification was lost. A failed refund is not pending, so it is never asked again. Each round takes the next batch of them ({@link BacklogCursor}), so refunds that keep
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

    @Scheduled(
            fixedDelayString = "${shop.pay.reconcile-interval:30s}",
            initialDelayString = "${shop.pay.reconcile-interval:30s}")
    public void retryPending() {
        try {
            for (Refund refund : cursor.next(
                    properties.getReconcileBatchSize(),
                    (afterRefundId, limit) ->
                            refunds.findPendingOlderThan(properties.getRefundRetryAfter(), afterRefundId, limit),
                    Refund::getRefundId)) {
                refunding.followUpQuietly(refund);
            }
        } catch (RuntimeException e) {
            log.warn("Retrying pending refunds failed; the next round tries again", e);
        }
    }
}
