package com.shop.common.trail;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.common.ledger.LedgerEntry;
import com.shop.common.ledger.LedgerPhase;
import com.shop.common.ledger.RecordedEntry;
import com.shop.pojo.trail.OrderTrailView;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A service's trail of an order: its ledger read as steps and compensations, merged with its other sources. */
class ServiceOrderTrailTest {

    private static final LedgerTrail.Names NAMES =
            new LedgerTrail.Names("stock reserved", "stock restored", "stock fenced off");

    record Entry(long orderId, LedgerPhase phase, boolean tombstone) implements LedgerEntry<Entry> {
        @Override
        public long getOrderId() {
            return orderId;
        }

        @Override
        public LedgerPhase getPhase() {
            return phase;
        }

        @Override
        public boolean isTombstone() {
            return tombstone;
        }

        @Override
        public boolean isRepeatedBy(Entry step) {
            return equals(step);
        }

        @Override
        public String describe() {
            return "2 units of goods 7";
        }
    }

    @Test
    void aStepAndItsUndoAreAStepAndACompensationInTimeOrder() {
        LedgerTrail<Entry> ledger = new LedgerTrail<>(
                orderId -> List.of(
                        new RecordedEntry<>(new Entry(orderId, LedgerPhase.UNDO, false), new Date(2_000)),
                        new RecordedEntry<>(new Entry(orderId, LedgerPhase.FORWARD, false), new Date(1_000))),
                NAMES);
        TrailSource other = orderId -> List.of(TrailEntry.builder()
                .time(new Date(1_500))
                .kind(TrailKind.MESSAGE_CONSUMED)
                .name("OrderCancelled consumed by goods-order-cancelled")
                .build());

        OrderTrailView view = new ServiceOrderTrail("goods", List.of(ledger, other)).trailOf(42);

        assertThat(view.getOrderId()).isEqualTo(42);
        assertThat(view.isPartial()).isFalse();
        assertThat(view.getEntries())
                .extracting(TrailEntry::getName)
                .containsExactly(
                        "stock reserved", "OrderCancelled consumed by goods-order-cancelled", "stock restored");
        assertThat(view.getEntries()).extracting(TrailEntry::getService).containsOnly("goods");
        assertThat(view.getEntries())
                .extracting(TrailEntry::getKind)
                .containsExactly(TrailKind.STEP, TrailKind.MESSAGE_CONSUMED, TrailKind.COMPENSATION);
        assertThat(view.getEntries().get(0).getDetail()).isEqualTo("2 units of goods 7");
    }

    @Test
    void aTombstoneIsACompensationThatFencedTheStepOff() {
        LedgerTrail<Entry> ledger = new LedgerTrail<>(
                orderId -> List.of(new RecordedEntry<>(new Entry(orderId, LedgerPhase.FORWARD, true), new Date(1_000))),
                NAMES);

        assertThat(ledger.entriesOf(42)).singleElement().satisfies(entry -> {
            assertThat(entry.getKind()).isEqualTo(TrailKind.COMPENSATION);
            assertThat(entry.getName()).isEqualTo("stock fenced off");
            assertThat(entry.getTime()).isEqualTo(new Date(1_000));
        });
    }
}
