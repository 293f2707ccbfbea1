package com.shop.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsToSixteenClientsThirtySecondsAMinuteOfWarmUpEveryScenarioAndTheOptimizingJit() {
        BenchOptions options = BenchOptions.parse(Map.of("bench.only", "", "bench.rate", "")::get);

        assertThat(options.clients()).isEqualTo(16);
        assertThat(options.measured()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.optimizingJit()).isTrue();
        assertThat(options.rate()).isZero();
        assertThat(options.scenarios()).containsExactly(Scenario.values());
        assertThat(options.floorOnly()).isFalse();
        assertThat(options.drivesTheSuite()).isTrue();
    }

    @Test
    void readsEveryOption() {
        BenchOptions options = BenchOptions.parse(Map.of(
                "bench.clients",
                "4",
                "bench.seconds",
                "5",
                "bench.warmup",
                "7",
                "bench.quick-jit",
                "true",
                "bench.rate",
                "42.5",
                "bench.only",
                "pay, confirm-1")::get);

        assertThat(options.clients()).isEqualTo(4);
        assertThat(options.measured()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(7));
        assertThat(options.optimizingJit()).isFalse();
        assertThat(options.rate()).isEqualTo(42.5);
        assertThat(options.scenarios()).containsExactly(Scenario.CONFIRM_ONE, Scenario.PAY);
    }

    @Test
    void theFloorAloneDrivesNoSuite() {
        BenchOptions options = BenchOptions.parse(Map.of("bench.floor-only", "true", "bench.only", "pay")::get);

        assertThat(options.scenarios()).containsExactly(Scenario.FLOOR);
        assertThat(options.floorOnly()).isTrue();
        assertThat(options.drivesTheSuite()).isFalse();
    }

    @Test
    void refusesWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> BenchOptions.parse(Map.of("bench.clients", "0")::get))
                .hasMessageContaining("bench.clients");
        assertThatThrownBy(() -> BenchOptions.parse(Map.of("bench.seconds", "ten")::get))
                .hasMessageContaining("bench.seconds");
        assertThatThrownBy(() -> BenchOptions.parse(Map.of("bench.rate", "-3")::get))
                .hasMessageContaining("bench.rate");
        assertThatThrownBy(() -> BenchOptions.parse(Map.of("bench.only", "confirm,pay")::get))
                .hasMessageContaining("no scenario 'confirm'")
                .hasMessageContaining("confirm-1, confirm-n");
        assertThatThrownBy(() -> BenchOptions.parse(Map.of("bench.only", " , ")::get))
                .hasMessageContaining("names no scenario");
    }
}
