package com.shop.common.messaging.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import lombok.extern.slf4j.Slf4j;

/**
 * Marks outbox rows sent in batches: the relay hands over the ids the broker stored, and one thread marks all that
 * have gathered meanwhile in one statement, so a burst of messages costs a commit per batch rather than per message.
 * A row still unmarked when the service stops or the statement fails is sent again by the poller later; consumers are
 * idempotent.
 */
@Slf4j
public class SentMarks implements AutoCloseable {

    /** At most this many ids in one statement. */
    static final int MAX_BATCH = 500;

    private final OutboxMapper mapper;
    private final BlockingQueue<String> sent = new LinkedBlockingQueue<>();
    private final Thread marker;

    public SentMarks(OutboxMapper mapper) {
        this.mapper = mapper;
        this.marker = new Thread(this::markUntilClosed, "outbox-sent-marks");
        this.marker.setDaemon(true);
        this.marker.start();
    }

    /** The broker stored the row's message. */
    void add(String outboxId) {
        sent.add(outboxId);
    }

    private void markUntilClosed() {
        List<String> batch = new ArrayList<>(MAX_BATCH);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                batch.add(sent.take());
                sent.drainTo(batch, MAX_BATCH - 1);
                mark(batch);
                batch.clear();
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private void mark(List<String> ids) {
        try {
            mapper.markSent(ids);
        } catch (RuntimeException e) {
            log.warn("Could not mark {} outbox rows sent; the poller sends them again", ids.size(), e);
        }
    }

    /** Marks what was handed over so far, then stops. */
    @Override
    public void close() throws InterruptedException {
        marker.interrupt();
        marker.join(5_000);
        List<String> rest = new ArrayList<>();
        sent.drainTo(rest);
        for (int from = 0; from < rest.size(); from += MAX_BATCH) {
            mark(rest.subList(from, Math.min(rest.size(), from + MAX_BATCH)));
        }
    }
}
