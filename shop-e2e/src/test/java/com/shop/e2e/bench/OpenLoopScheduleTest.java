package com.shop.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpenLoopScheduleTest {

    @Test
    void holdsTheRateTimesTheLength() {
        assertThat(OpenLoopSchedule.of(0, 80, Duration.ofSeconds(30)).count()).isEqualTo(2_400);
        assertThat(OpenLoopSchedule.of(0, 2.5, Duration.ofSeconds(3)).count()).isEqualTo(7);
        assertThat(OpenLoopSchedule.of(0, 0.5, Duration.ofSeconds(1)).count()).isZero();
    }

    @Test
    void dueTimesFollowFromTheRequestNumberWithoutDrift() {
        OpenLoopSchedule schedule = OpenLoopSchedule.of(1_000, 3, Duration.ofSeconds(3_600));

        assertThat(schedule.intendedStart(0)).isEqualTo(1_000);
        assertThat(schedule.intendedStart(1)).isEqualTo(1_000 + 333_333_333);
        assertThat(schedule.intendedStart(3)).isEqualTo(1_000 + 1_000_000_000);
        // an hour of requests lands exactly on the hour: no rounding error adds up
        assertThat(schedule.intendedStart(10_800)).isEqualTo(1_000 + 3_600_000_000_000L);
    }

    @Test
    void theAchievedRateCountsIntervalsBetweenTheFirstAndTheLast() {
        assertThat(OpenLoopSchedule.achievedRate(101, 0, 1_000_000_000)).isCloseTo(100, within(1e-9));
        assertThat(OpenLoopSchedule.achievedRate(101, 0, 2_000_000_000)).isCloseTo(50, within(1e-9));
        assertThat(OpenLoopSchedule.achievedRate(1, 0, 1_000_000_000)).isZero();
        assertThat(OpenLoopSchedule.achievedRate(5, 7, 7)).isZero();
    }

    @Test
    void refusesANonPositiveRate() {
        assertThatThrownBy(() -> OpenLoopSchedule.of(0, 0, Duration.ofSeconds(1)))
                .hasMessageContaining("positive rate");
    }
}
