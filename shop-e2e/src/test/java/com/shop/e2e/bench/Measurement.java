package com.shop.e2e.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the load of one scenario produced, recorded by any number of threads: every answer counted by its label
 * ({@code 201}, {@code 409 STOCK_INSUFFICIENT}, {@code error HttpTimeoutException}...), the operations done, and their
 * latencies: of every answer, or (a flash sale's) of the operations done only, so fast refusals do not mask the
 * sales' latency.
 */
final class Measurement {

    private final boolean timesEveryAnswer;
    private final LatencyRecorder latencies = new LatencyRecorder();
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final LongAdder done = new LongAdder();

    private Measurement(boolean timesEveryAnswer) {
        this.timesEveryAnswer = timesEveryAnswer;
    }

    static Measurement timingEveryAnswer() {
        return new Measurement(true);
    }

    static Measurement timingDoneOnly() {
        return new Measurement(false);
    }

    /** An answer and how long the operation took; {@code succeeded} when it counts as done. */
    void record(String answer, boolean succeeded, long nanos) {
        count(answer);
        if (succeeded) {
            done.increment();
        }
        if (succeeded || timesEveryAnswer) {
            latencies.recordNanos(nanos);
        }
    }

    /** An answer that ended the operation before anything measured began (a pay operation's confirmation). */
    void count(String answer) {
        answers.computeIfAbsent(answer, label -> new LongAdder()).increment();
    }

    long done() {
        return done.sum();
    }

    long answered(String answer) {
        LongAdder count = answers.get(answer);
        return count == null ? 0 : count.sum();
    }

    /** The result, the operations done divided by {@code seconds}. */
    ScenarioResult result(String title, String chartLabel, double seconds) {
        Map<String, Long> counted = new TreeMap<>();
        answers.forEach((answer, count) -> counted.put(answer, count.sum()));
        return new ScenarioResult(title, chartLabel, done(), seconds, latencies.merged(), counted);
    }
}
