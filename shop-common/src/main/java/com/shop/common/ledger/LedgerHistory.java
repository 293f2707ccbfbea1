package com.shop.common.ledger;

import java.util.List;

/**
 * The entries of one order in a ledger table, read to follow the order, never to decide anything: the protocol reads
 * its slots through {@link LedgerTable}, under their locks.
 *
 * @param <E> the table's entry type
 */
public interface LedgerHistory<E extends LedgerEntry<E>> {

    /** Every entry of the order, forward slots and undo slots, with when each was written. */
    List<RecordedEntry<E>> entriesOf(long orderId);
}
