package com.shop.common.id;

import java.time.Clock;
import java.time.Instant;

/**
 * 64-bit ids: 41 bits of milliseconds since 2026-01-01, 10 bits of worker id, 12 bits of sequence.
 *
 * <p>When the wall clock steps back, ids keep counting from the last instant used instead of waiting or
 * repeating; when a millisecond's sequence is exhausted, the generator borrows the next millisecond. Either way
 * ids never go backwards, and logical time catches up with the clock as soon as the clock passes it.
 */
public final class SnowflakeIdGenerator implements IdGenerator {

    static final long EPOCH_MILLIS = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    static final int WORKER_BITS = 10;
    static final int SEQUENCE_BITS = 12;
    public static final int MAX_WORKER_ID = (1 << WORKER_BITS) - 1;
    private static final long SEQUENCE_MASK = (1L << SEQUENCE_BITS) - 1;

    private final WorkerIdSource workers;
    private final Clock clock;
    private long lastMillis = -1;
    private long sequence;

    public SnowflakeIdGenerator(WorkerIdSource workers, Clock clock) {
        this.workers = workers;
        this.clock = clock;
    }

    @Override
    public synchronized long nextId() {
        long worker = workers.currentWorkerId();
        long millis = Math.max(clock.millis() - EPOCH_MILLIS, lastMillis);
        if (millis == lastMillis) {
            sequence = (sequence + 1) & SEQUENCE_MASK;
            if (sequence == 0) {
                millis = lastMillis + 1;
            }
        } else {
            sequence = 0;
        }
        lastMillis = millis;
        return (millis << (WORKER_BITS + SEQUENCE_BITS)) | (worker << SEQUENCE_BITS) | sequence;
    }

    /** The worker id stamped into an id; useful to tell which instance issued it. */
    public static int workerIdOf(long id) {
        return (int) ((id >>> SEQUENCE_BITS) & MAX_WORKER_ID);
    }
}
