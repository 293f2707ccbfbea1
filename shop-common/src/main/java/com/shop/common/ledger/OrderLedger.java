package com.shop.common.ledger;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import lombok.extern.slf4j.Slf4j;

/**
 * The protocol that makes a saga participant's step happen at most once per order, and its undo exactly once, with
 * no coordinator: every step and every undo is an entry in the order's slot of a ledger table, written in the same
 * local transaction as its effect.
 * <ul>
 *   <li>A step claims the order's forward slot, then applies its effect (a guarded update that throws when it cannot
 *       be done, rolling the claim back with it). A repeat finds its own entry and changes nothing; a step arriving
 *       after its order's cancel finds the cancel's tombstone and changes nothing either.</li>
 *   <li>An undo claims the forward slot with a tombstone. When that succeeds the order never took the step, and the
 *       tombstone now fences it off should it arrive late. Otherwise the undo claims the undo slot and reverses what
 *       the forward entry says was taken (never what the cancel message says), once.</li>
 * </ul>
 * A claim takes the slot's row lock straight away, so a step and its undo racing on one order are ordered by the
 * index itself. Each service keeps only its table ({@link LedgerTable}), its entries and its effects.
 *
 * @param <E> the ledger's entry type
 */
@Slf4j
public final class OrderLedger<E extends LedgerEntry<E>> {

    private final String name;
    private final LedgerTable<E> table;

    /**
     * @param name what the ledger records, for logs: "stock ledger"
     */
    public OrderLedger(String name, LedgerTable<E> table) {
        this.name = name;
        this.table = table;
    }

    /**
     * Takes an order's step, in the caller's transaction.
     *
     * @param step   the forward entry of the step
     * @param effect what the step does; throws when it cannot be done, which rolls the entry back with it
     */
    public Forward<E> forward(E step, Runnable effect) {
        Optional<E> taken = table.claimOrHolder(step);
        if (taken.isEmpty()) {
            effect.run();
            return new Forward<>(ForwardOutcome.TAKEN, step, null);
        }
        E holder = taken.get();
        return new Forward<>(outcomeOfTaken(step, holder), step, holder);
    }

    private ForwardOutcome outcomeOfTaken(E step, E holder) {
        if (holder.isTombstone()) {
            return ForwardOutcome.FENCED_OFF;
        }
        if (!holder.isRepeatedBy(step)) {
            return ForwardOutcome.CONFLICTING;
        }
        // a repeat after the undo must not count as taken what the cancel gave back
        return table.isUndone(holder) ? ForwardOutcome.UNDONE : ForwardOutcome.REPEATED;
    }

    /**
     * Gives back what an order's step took, exactly once, in the caller's transaction; when the order never took it,
     * fences the step off.
     *
     * @param tombstone the entry that fills an empty forward slot
     * @param undoOf    the undo entry of a forward entry
     * @param reverse   gives back what a forward entry took; throws when it cannot, which rolls the undo entry back
     */
    public Undo<E> undo(E tombstone, UnaryOperator<E> undoOf, Consumer<E> reverse) {
        long orderId = tombstone.getOrderId();
        Optional<E> taken = table.claimOrHolder(tombstone);
        if (taken.isEmpty()) {
            log.info(
                    "Order {} cancelled before it took anything in the {}; a late step will be refused", orderId, name);
            return new Undo<>(UndoOutcome.FENCED_OFF, null);
        }
        E forward = taken.get();
        if (forward.isTombstone()) {
            return new Undo<>(UndoOutcome.ALREADY_FENCED_OFF, null);
        }
        if (!table.claim(undoOf.apply(forward))) {
            return new Undo<>(UndoOutcome.ALREADY_UNDONE, forward);
        }
        reverse.accept(forward);
        log.info("Gave back {} taken by cancelled order {}", forward.describe(), orderId);
        return new Undo<>(UndoOutcome.UNDONE, forward);
    }
}
