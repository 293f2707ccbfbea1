package com.shop.common.ledger;

import java.util.Optional;

/**
 * The port of one ledger table, whose key is an order's slot (the order id, the phase, and whatever else the table
 * keys on). Every call runs in the caller's transaction.
 *
 * @param <E> the table's entry type
 */
public interface LedgerTable<E extends LedgerEntry<E>> {

    /**
     * Writes the entry into its slot when the slot is empty. When it is taken, the slot's row is locked exclusively for
     * the rest of the transaction and left as it is: callers meeting on one slot queue on that lock, and none of them
     * holds a shared lock it would later have to upgrade.
     *
     * @return true when this call wrote the entry
     */
    boolean claim(E entry);

    /** What the slot of {@code entry} holds; called after {@link #claim} found it taken, so its row is locked. */
    E holder(E entry);

    /**
     * Claims the slot of {@code entry} as {@link #claim} does, and reads what holds it when it is taken: empty when
     * this call wrote the entry, else the holder, locked for the rest of the transaction. A claim, then the holder when
     * the slot was taken; a table that reads its slot before writing it has the holder from that read and overrides
     * this, so a taken slot costs it one statement rather than two.
     */
    default Optional<E> claimOrHolder(E entry) {
        return claim(entry) ? Optional.empty() : Optional.of(holder(entry));
    }

    /** Whether the undo slot of the order that {@code forward} belongs to is taken. */
    boolean isUndone(E forward);
}
