package com.shop.e2e.bench;

import org.HdrHistogram.Histogram;

/**
 * How long something the suite does asynchronously took after the moment a client saw (a notification sent, a
 * refusal answered), read back from the databases afterwards rather than polled during the load.
 *
 * @param chartLabel       its short name on the chart
 * @param expected         how many there should be
 * @param delays           the delays found, in microseconds (recorded from milliseconds)
 * @param goalP99Millis    the 99th percentile the suite aims below
 */
record DelayResult(String title, String chartLabel, long expected, Histogram delays, double goalP99Millis) {

    long found() {
        return delays.getTotalCount();
    }

    long missing() {
        return expected - found();
    }

    double millisAt(double percentile) {
        return found() == 0 ? 0 : delays.getValueAtPercentile(percentile) / 1_000.0;
    }

    double maxMillis() {
        return found() == 0 ? 0 : delays.getMaxValue() / 1_000.0;
    }

    boolean meetsGoal() {
        return found() > 0 && missing() == 0 && millisAt(99) < goalP99Millis;
    }
}
