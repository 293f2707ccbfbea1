package com.shop.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void mergesWhatEveryThreadRecorded() throws Exception {
        LatencyRecorder recorder = new LatencyRecorder();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> recording = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            long millis = (thread + 1) * 10L;
            recording.add(threads.submit(
                    () -> LongStream.range(0, 1_000).forEach(i -> recorder.recordNanos(millis * 1_000_000))));
        }
        for (Future<?> thread : recording) {
            thread.get();
        }
        threads.shutdown();

        Histogram merged = recorder.merged();

        assertThat(merged.getTotalCount()).isEqualTo(4_000);
        assertThat(merged.getValueAtPercentile(25) / 1_000.0).isCloseTo(10, within(0.01));
        assertThat(merged.getValueAtPercentile(100) / 1_000.0).isCloseTo(40, within(0.05));
    }

    @Test
    void keepsMicrosecondsToThreeSignificantDigitsWhateverTheRange() {
        LatencyRecorder recorder = new LatencyRecorder();
        recorder.recordNanos(1_234_567);
        recorder.recordMillis(98_765);
        recorder.recordMillis(-5);

        Histogram merged = recorder.merged();

        assertThat(merged.getTotalCount()).isEqualTo(3);
        assertThat(merged.getMinValue()).isZero();
        assertThat(merged.valuesAreEquivalent(merged.getValueAtPercentile(50), 1_234))
                .isTrue();
        assertThat(merged.valuesAreEquivalent(merged.getMaxValue(), 98_765_000)).isTrue();
    }

    @Test
    void mergesNothingIntoAnEmptyHistogram() {
        assertThat(LatencyRecorder.merge(List.of()).getTotalCount()).isZero();
        assertThat(new LatencyRecorder().merged().getTotalCount()).isZero();
    }

    @Test
    void aMeasurementCountsEveryAnswerAndTimesWhatItIsToldTo() {
        Measurement sales = Measurement.timingDoneOnly();
        sales.record("201", true, 5_000_000);
        sales.record("409 STOCK_INSUFFICIENT", false, 1_000_000);
        sales.count("confirm 503");

        ScenarioResult result = sales.result("flash sale", "flash", 2);

        assertThat(result.done()).isEqualTo(1);
        assertThat(result.throughput()).isEqualTo(0.5);
        assertThat(result.timed()).isEqualTo(1);
        assertThat(result.millisAt(50)).isCloseTo(5, within(0.01));
        assertThat(result.answers())
                .containsExactly(
                        Map.entry("201", 1L), Map.entry("409 STOCK_INSUFFICIENT", 1L), Map.entry("confirm 503", 1L));
        assertThat(Measurement.timingEveryAnswer()).satisfies(every -> {
            every.record("201", true, 1_000_000);
            every.record("503", false, 3_000_000_000L);
            assertThat(every.result("confirm", "c", 1).timed()).isEqualTo(2);
        });
    }
}
