package com.shop.e2e.bench;

import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * One row of the report: a scenario's operations done over the seconds it ran, their latencies (microseconds) and
 * every answer counted by label.
 *
 * @param chartLabel the scenario's short name on the chart
 */
record ScenarioResult(
        String title, String chartLabel, long done, double seconds, Histogram latencies, Map<String, Long> answers) {

    double throughput() {
        return seconds > 0 ? done / seconds : 0;
    }

    /** The latency at a percentile (50, 99.9...), in milliseconds. */
    double millisAt(double percentile) {
        return latencies.getTotalCount() == 0 ? 0 : latencies.getValueAtPercentile(percentile) / 1_000.0;
    }

    double maxMillis() {
        return latencies.getTotalCount() == 0 ? 0 : latencies.getMaxValue() / 1_000.0;
    }

    long timed() {
        return latencies.getTotalCount();
    }
}
