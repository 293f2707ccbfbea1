package com.shop.pay.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BacklogCursorTest {

    private static final ToLongFunction<Long> ID = Long::longValue;

    private final TreeSet<Long> backlog =
            new TreeSet<>(LongStream.rangeClosed(1, 7).boxed().toList());
    private final BacklogCursor cursor = new BacklogCursor();

    @Test
    void eachRoundGoesOnWhereTheLastStoppedAndALapStartsOverAtTheEnd() {
        assertThat(next()).containsExactly(1L, 2L, 3L);
        assertThat(next()).containsExactly(4L, 5L, 6L);
        assertThat(next()).as("the end of the lap").containsExactly(7L);
        assertThat(next()).as("a new lap").containsExactly(1L, 2L, 3L);
    }

    @Test
    void aLapThatEndsWithAFullBatchStartsTheNextAtOnce() {
        backlog.removeIf(id -> id > 6);
        next();
        next();

        assertThat(next()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void rowsAddedBehindTheCursorAreReachedInTheSameLap() {
        next();
        backlog.add(8L);
        next();

        assertThat(next()).containsExactly(7L, 8L);
    }

    @Test
    void aFailedReadLeavesTheCursorWhereItWas() {
        next();

        assertThatThrownBy(() -> cursor.next(
                        3,
                        (afterId, limit) -> {
                            throw new IllegalStateException("database unreachable");
                        },
                        ID))
                .isInstanceOf(IllegalStateException.class);

        assertThat(next()).containsExactly(4L, 5L, 6L);
    }

    @Test
    void anEmptyBacklogReadsNothing() {
        backlog.clear();

        assertThat(next()).isEmpty();
        assertThat(next()).isEmpty();
    }

    private List<Long> next() {
        return cursor.next(
                3,
                (afterId, limit) ->
                        backlog.tailSet(afterId, false).stream().limit(limit).toList(),
                ID);
    }
}
