package com.shop.common.ledger;

/**
 * What undoing an order's step found and did.
 *
 * @param outcome what happened
 * @param forward the step that was undone, by this call or before; null when the order never took it
 * @param <E>     the ledger's entry type
 */
public record Undo<E extends LedgerEntry<E>>(UndoOutcome outcome, E forward) {

    /** Whether this call gave back what the step took. */
    public boolean gaveBack() {
        return outcome == UndoOutcome.UNDONE;
    }
}
