package com.shop.common.ledger;

/**
 * A row of an order-keyed ledger: the step an order took, the tombstone its cancel left, or the undo of the step.
 *
 * @param <E> the service's own entry type
 */
public interface LedgerEntry<E extends LedgerEntry<E>> {

    long getOrderId();

    LedgerPhase getPhase();

    /** Whether this is the tombstone a cancel writes into an empty forward slot. */
    boolean isTombstone();

    /** Whether {@code step}, asked for again, is the step this entry recorded: the same thing, the same amount. */
    boolean isRepeatedBy(E step);

    /** What the entry took, in words, for refusals and logs: "3 units of goods 42". */
    String describe();
}
