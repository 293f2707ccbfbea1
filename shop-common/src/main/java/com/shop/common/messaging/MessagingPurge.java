package com.shop.common.messaging;

import com.shop.common.messaging.consumer.ConsumerLogMapper;
import com.shop.common.messaging.outbox.OutboxMapper;
import java.util.function.IntUnaryOperator;
import lombok.extern.slf4j.Slf4j;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes what the messaging tables no longer need once it is older than the retention: outbox rows sent, and
 * consumer-log rows of messages handled. It deletes in short statements with pauses between them, so neither the
 * locks nor the undo log of one big delete get in the way of the service.
 */
@Slf4j
public class MessagingPurge {

    private final OutboxMapper outbox;
    private final ConsumerLogMapper consumerLog;
    private final MessagingProperties properties;

    public MessagingPurge(OutboxMapper outbox, ConsumerLogMapper consumerLog, MessagingProperties properties) {
        if (properties.getRetention().compareTo(MessagingProperties.MIN_RETENTION) < 0) {
            throw new IllegalStateException("shop.messaging.retention (" + properties.getRetention()
                    + ") must be at least " + MessagingProperties.MIN_RETENTION
                    + ": a consumer-log row must outlive every redelivery of its message");
        }
        this.outbox = outbox;
        this.consumerLog = consumerLog;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${shop.messaging.purge-interval:1h}",
            initialDelayString = "${shop.messaging.purge-interval:1h}")
    public void purge() {
        try {
            purgeExpired();
        } catch (RuntimeException e) {
            log.warn("Purge of the messaging tables failed; the next one tries again", e);
        }
    }

    /** @return how many rows were deleted */
    public long purgeExpired() {
        long ageMillis = properties.getRetention().toMillis();
        long sent = inBatches(limit -> outbox.deleteSentBefore(ageMillis, limit));
        long handled = inBatches(limit -> consumerLog.deleteSucceededBefore(ageMillis, limit));
        if (sent + handled > 0) {
            log.info(
                    "Purged {} sent outbox rows and {} consumer-log rows older than {}",
                    sent,
                    handled,
                    properties.getRetention());
        }
        return sent + handled;
    }

    /** Deletes batch after batch until one comes back short; a stopping service ends it between two. */
    private long inBatches(IntUnaryOperator deleteUpTo) {
        int limit = properties.getPurgeBatchSize();
        long deleted = 0;
        while (true) {
            int batch = deleteUpTo.applyAsInt(limit);
            deleted += batch;
            if (batch < limit || !pause()) {
                return deleted;
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(properties.getPurgePause().toMillis());
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
