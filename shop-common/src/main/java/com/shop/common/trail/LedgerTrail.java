package com.shop.common.trail;

import com.shop.common.ledger.LedgerEntry;
import com.shop.common.ledger.LedgerHistory;
import com.shop.common.ledger.LedgerPhase;
import com.shop.common.ledger.RecordedEntry;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import java.util.List;

/**
 * An order-keyed ledger's part of the trail: the forward entry is the saga step, the undo entry and a cancel's
 * tombstone are its compensation.
 *
 * @param <E> the ledger's entry type
 */
public final class LedgerTrail<E extends LedgerEntry<E>> implements TrailSource {

    private final LedgerHistory<E> history;
    private final Names names;

    /**
     * What the entries are called in the trail.
     *
     * @param taken     the step: "stock reserved"
     * @param undone    its undo: "stock restored"
     * @param fencedOff the tombstone of a cancel that found the step not taken: "stock fenced off"
     */
    public record Names(String taken, String undone, String fencedOff) {}

    public LedgerTrail(LedgerHistory<E> history, Names names) {
        this.history = history;
        this.names = names;
    }

    @Override
    public List<TrailEntry> entriesOf(long orderId) {
        List<RecordedEntry<E>> recorded = history.entriesOf(orderId);
        String taken = recorded.stream()
                .map(RecordedEntry::getEntry)
                .filter(entry -> entry.getPhase() == LedgerPhase.FORWARD && !entry.isTombstone())
                .map(LedgerEntry::describe)
                .findFirst()
                .orElse(null);
        return recorded.stream().map(entry -> toEntry(entry, taken)).toList();
    }

    /** An undo gave back what the step took, so it is described as the step is. */
    private TrailEntry toEntry(RecordedEntry<E> recorded, String taken) {
        E entry = recorded.getEntry();
        TrailEntry.TrailEntryBuilder trail = TrailEntry.builder().time(recorded.getTime());
        if (entry.getPhase() == LedgerPhase.UNDO) {
            return trail.kind(TrailKind.COMPENSATION)
                    .name(names.undone())
                    .detail(taken == null ? entry.describe() : taken)
                    .build();
        }
        if (entry.isTombstone()) {
            return trail.kind(TrailKind.COMPENSATION)
                    .name(names.fencedOff())
                    .detail("cancelled before the step; a late step is refused")
                    .build();
        }
        return trail.kind(TrailKind.STEP)
                .name(names.taken())
                .detail(entry.describe())
                .build();
    }
}
