package com.shop.common.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SnowflakeIdGeneratorTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T10:00:00Z"));

    @Test
    void idsCarryTheWorkerIdAndIncrease() {
        SnowflakeIdGenerator ids = new SnowflakeIdGenerator(() -> 513, clock);

        long first = ids.nextId();
        clock.advance(1);
        long second = ids.nextId();

        assertThat(SnowflakeIdGenerator.workerIdOf(first)).isEqualTo(513);
        assertThat(second).isGreaterThan(first);
        assertThat(first).isPositive();
    }

    @Test
    void idsNeverGoBackwardsWhenTheClockDoes() {
        SnowflakeIdGenerator ids = new SnowflakeIdGenerator(() -> 7, clock);
        long before = ids.nextId();

        clock.advance(-60_000);
        long after = ids.nextId();
        long later = ids.nextId();

        assertThat(after).isGreaterThan(before);
        assertThat(later).isGreaterThan(after);
    }

    @Test
    void anExhaustedMillisecondBorrowsTheNextInsteadOfRepeating() {
        SnowflakeIdGenerator ids = new SnowflakeIdGenerator(() -> 1, clock);
        Set<Long> seen = new HashSet<>();
        long previous = 0;

        for (int i = 0; i < 10_000; i++) { // more than the 4096 ids one millisecond holds, clock frozen
            long id = ids.nextId();
            assertThat(id).isGreaterThan(previous);
            previous = id;
            seen.add(id);
        }

        assertThat(seen).hasSize(10_000);
    }

    @Test
    void concurrentCallersGetDistinctIds() throws Exception {
        SnowflakeIdGenerator ids = new SnowflakeIdGenerator(() -> 2, Clock.systemUTC());
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.execute(() -> {
                for (int i = 0; i < 5_000; i++) {
                    seen.add(ids.nextId());
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(seen).hasSize(40_000);
    }

    @Test
    void noIdsWithoutAWorkerIdLease() {
        SnowflakeIdGenerator ids = new SnowflakeIdGenerator(
                () -> {
                    throw new IllegalStateException("lease lost");
                },
                clock);

        assertThatThrownBy(ids::nextId).isInstanceOf(IllegalStateException.class);
    }

    private static final class SettableClock extends Clock {
        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void advance(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
