package com.shop.e2e.bench;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.HdrHistogram.Histogram;

/**
 * Latencies recorded by many threads at once, in microseconds to three significant digits. Each thread records into
 * a histogram of its own (an HdrHistogram is not thread-safe, and a shared lock would make the load generator's
 * threads wait on each other); {@link #merged()} adds them up once the load is over.
 */
final class LatencyRecorder {

    static final int SIGNIFICANT_DIGITS = 3;

    private final List<Histogram> perThread = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Histogram> own = ThreadLocal.withInitial(this::newThreadHistogram);

    void recordNanos(long nanos) {
        own.get().recordValue(Math.max(0, nanos) / 1_000);
    }

    void recordMillis(long millis) {
        own.get().recordValue(Math.max(0, millis) * 1_000);
    }

    /** Every thread's latencies in one histogram; call once the recording threads are done (joined or completed). */
    Histogram merged() {
        return merge(perThread);
    }

    static Histogram merge(List<Histogram> histograms) {
        Histogram all = empty();
        histograms.forEach(all::add);
        return all;
    }

    /** A histogram that grows to whatever it records. */
    static Histogram empty() {
        return new Histogram(SIGNIFICANT_DIGITS);
    }

    private Histogram newThreadHistogram() {
        Histogram histogram = empty();
        perThread.add(histogram);
        return histogram;
    }
}
