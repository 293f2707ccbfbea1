package com.shop.pay.application;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Where a scan of a backlog, read one batch a round in id order, goes on from: after the last row the round before
 * read, and from the start again once a round reached the end (keyset pagination that wraps around). Rows that never
 * get anywhere (the platform is down for them) so hold up none of those behind them: each row is looked at once a
 * lap, however many before it fail. Kept in memory: every instance walks on its own, and one that restarts begins a
 * new lap.
 */
final class BacklogCursor {

    /** Below every id: the start of a lap. */
    static final long START = Long.MIN_VALUE;

    /** Reads up to {@code limit} rows with ids above {@code afterId}, in id order. */
    @FunctionalInterface
    interface Page<T> {
        List<T> after(long afterId, int limit);
    }

    private long afterId = START;

    /** @return the round's batch; a read that fails leaves the cursor where it was */
    synchronized <T> List<T> next(int limit, Page<T> page, ToLongFunction<T> idOf) {
        List<T> batch = page.after(afterId, limit);
        if (batch.isEmpty() && afterId != START) {
            // the last lap ended with a full batch: this round starts the next one rather than idle
            batch = page.after(START, limit);
        }
        afterId = batch.size() < limit ? START : idOf.applyAsLong(batch.get(batch.size() - 1));
        return batch;
    }
}
