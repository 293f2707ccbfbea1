package com.shop.common.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.IllegalOrderStateException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderLedgerTest {

    private final InMemoryLedgerTable<Units> table = new InMemoryLedgerTable<>(Units::getOrderId);
    private final OrderLedger<Units> ledger = new OrderLedger<>("test ledger", table);
    private final AtomicInteger stock = new AtomicInteger(10);

    @Test
    void aStepIsTakenOnceAndItsRepeatChangesNothing() {
        assertThat(take(1, 3).takenOrRepeated()).isTrue();
        assertThat(take(1, 3).takenOrRepeated()).isFalse();

        assertThat(stock).hasValue(7);
    }

    @Test
    void aStepWhoseEffectFailsIsRefusedWithTheEffectsReason() {
        // the caller's transaction then rolls the entry back with it (the services' persistence tests show it)
        assertThatThrownBy(() -> take(1, 11)).isInstanceOf(IllegalArgumentException.class);

        assertThat(stock).hasValue(10);
    }

    @Test
    void anotherStepUnderTheSameOrderIsRefused() {
        take(1, 3);

        Forward<Units> other = take(1, 4);

        assertThat(other.outcome()).isEqualTo(ForwardOutcome.CONFLICTING);
        assertThatThrownBy(other::takenOrRepeated)
                .isInstanceOf(IllegalOrderStateException.class)
                .hasMessageContaining("already took 3 units");
        assertThat(stock).hasValue(7);
    }

    @Test
    void anUndoGivesBackWhatTheForwardEntrySaysExactlyOnce() {
        take(1, 3);

        Undo<Units> first = undo(1);
        Undo<Units> second = undo(1);

        assertThat(first.outcome()).isEqualTo(UndoOutcome.UNDONE);
        assertThat(first.forward().getUnits()).isEqualTo(3);
        assertThat(second.outcome()).isEqualTo(UndoOutcome.ALREADY_UNDONE);
        assertThat(stock).hasValue(10);
    }

    @Test
    void anUndoBeforeTheStepFencesItOff() {
        assertThat(undo(1).outcome()).isEqualTo(UndoOutcome.FENCED_OFF);
        assertThat(undo(1).outcome()).isEqualTo(UndoOutcome.ALREADY_FENCED_OFF);

        Forward<Units> late = take(1, 3);

        assertThat(late.outcome()).isEqualTo(ForwardOutcome.FENCED_OFF);
        assertThatThrownBy(late::takenOrRepeated)
                .isInstanceOf(IllegalOrderStateException.class)
                .satisfies(refusal -> assertThat(((IllegalOrderStateException) refusal).getOrderId())
                        .isEqualTo(1L));
        assertThat(stock).hasValue(10);
    }

    @Test
    void aRepeatAfterTheUndoIsNotReportedAsTaken() {
        take(1, 3);
        undo(1);

        Forward<Units> repeat = take(1, 3);

        assertThat(repeat.outcome()).isEqualTo(ForwardOutcome.UNDONE);
        assertThatThrownBy(repeat::takenOrRepeated).hasMessageContaining("was given back");
        assertThat(stock).hasValue(10);
    }

    @Test
    void ordersHaveSlotsOfTheirOwn() {
        take(1, 2);
        take(2, 3);

        undo(2);

        assertThat(stock).hasValue(8);
    }

    @Test
    void aTableThatReadsItsSlotFirstIsNotAskedForTheHolderAgain() {
        ReadingFirst reading = new ReadingFirst();
        OrderLedger<Units> readingLedger = new OrderLedger<>("test ledger", reading);
        readingLedger.forward(Units.step(1, 3), () -> stock.addAndGet(-3));

        Forward<Units> repeat = readingLedger.forward(Units.step(1, 3), () -> stock.addAndGet(-3));
        Undo<Units> undo =
                readingLedger.undo(Units.tombstone(1), Units::undone, forward -> stock.addAndGet(forward.getUnits()));

        assertThat(repeat.outcome()).isEqualTo(ForwardOutcome.REPEATED);
        assertThat(undo.outcome()).isEqualTo(UndoOutcome.UNDONE);
        assertThat(reading.holderReads)
                .as("each taken slot was read once, by its claim")
                .hasValue(0);
        assertThat(stock).hasValue(10);
    }

    private Forward<Units> take(long orderId, int units) {
        return ledger.forward(Units.step(orderId, units), () -> {
            if (stock.get() < units) {
                throw new IllegalArgumentException("not enough");
            }
            stock.addAndGet(-units);
        });
    }

    private Undo<Units> undo(long orderId) {
        return ledger.undo(Units.tombstone(orderId), Units::undone, forward -> stock.addAndGet(forward.getUnits()));
    }

    /** A table that reads a slot before it writes it, so its claim already knows the holder of a taken slot. */
    private static final class ReadingFirst implements LedgerTable<Units> {

        private final InMemoryLedgerTable<Units> slots = new InMemoryLedgerTable<>(Units::getOrderId);
        private final AtomicInteger holderReads = new AtomicInteger();

        @Override
        public Optional<Units> claimOrHolder(Units entry) {
            Optional<Units> held = slots.slot(entry.getOrderId(), entry.getPhase());
            if (held.isEmpty()) {
                slots.claim(entry);
            }
            return held;
        }

        @Override
        public boolean claim(Units entry) {
            return claimOrHolder(entry).isEmpty();
        }

        @Override
        public Units holder(Units entry) {
            holderReads.incrementAndGet();
            return slots.holder(entry);
        }

        @Override
        public boolean isUndone(Units forward) {
            return slots.isUndone(forward);
        }
    }

    /** A ledger entry of the smallest kind: units of one thing per order. */
    private record Units(long getOrderId, LedgerPhase getPhase, int getUnits, boolean isTombstone)
            implements LedgerEntry<Units> {

        static Units step(long orderId, int units) {
            return new Units(orderId, LedgerPhase.FORWARD, units, false);
        }

        static Units tombstone(long orderId) {
            return new Units(orderId, LedgerPhase.FORWARD, 0, true);
        }

        Units undone() {
            return new Units(getOrderId, LedgerPhase.UNDO, getUnits, false);
        }

        @Override
        public boolean isRepeatedBy(Units step) {
            return step.getUnits == getUnits;
        }

        @Override
        public String describe() {
            return getUnits + " units";
        }
    }
}
