package com.shop.common.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A ledger table in memory for the services' application tests: one entry per order slot, as the primary key of a
 * real ledger table allows. No locks: the tests that need real concurrency run on the database.
 *
 * @param <E> the ledger's entry type
 */
public final class InMemoryLedgerTable<E extends LedgerEntry<E>> implements LedgerTable<E> {

    private final Function<E, Object> orderKey;
    private final Map<List<Object>, E> slots = new ConcurrentHashMap<>();

    /**
     * @param orderKey what the table keys an order's slots on besides the phase: the order id, or the order and goods
     */
    public InMemoryLedgerTable(Function<E, Object> orderKey) {
        this.orderKey = orderKey;
    }

    @Override
    public boolean claim(E entry) {
        return slots.putIfAbsent(slotOf(entry, entry.getPhase()), entry) == null;
    }

    @Override
    public E holder(E entry) {
        return Optional.ofNullable(slots.get(slotOf(entry, entry.getPhase())))
                .orElseThrow(() -> new IllegalStateException("no entry in the slot of " + entry));
    }

    @Override
    public boolean isUndone(E forward) {
        return slots.containsKey(slotOf(forward, LedgerPhase.UNDO));
    }

    /** Every entry, for assertions. */
    public List<E> entries() {
        return List.copyOf(slots.values());
    }

    /**
     * What a slot holds.
     *
     * @param orderKey what the table's key function gives for the order's entries: the order id, say
     */
    public Optional<E> slot(Object orderKey, LedgerPhase phase) {
        return Optional.ofNullable(slots.get(List.of(orderKey, phase)));
    }

    /** Empties a slot, as the rollback of a step refused by its effect does to the entry it claimed. */
    public void rollBack(Object orderKey, LedgerPhase phase) {
        slots.remove(List.of(orderKey, phase));
    }

    private List<Object> slotOf(E entry, LedgerPhase phase) {
        return List.of(orderKey.apply(entry), phase);
    }
}
