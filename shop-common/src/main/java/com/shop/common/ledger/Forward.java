package com.shop.common.ledger;

import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.ShopException;

/**
 * What taking an order's step found and did.
 *
 * @param outcome what happened
 * @param step    the step asked for
 * @param holder  what the forward slot held before this call; null when it was empty
 * @param <E>     the ledger's entry type
 */
public record Forward<E extends LedgerEntry<E>>(ForwardOutcome outcome, E step, E holder) {

    /** Whether this call took the step. */
    public boolean taken() {
        return outcome == ForwardOutcome.TAKEN;
    }

    /**
     * For a step the caller must be told about: a repeat is answered as the first call was, anything else is refused.
     *
     * @return true when this call took the step, false for a repeat
     * @throws IllegalOrderStateException naming the order, when it was cancelled or took another step under its key
     */
    public boolean takenOrRepeated() {
        long orderId = step.getOrderId();
        return switch (outcome) {
            case TAKEN -> true;
            case REPEATED -> false;
            case FENCED_OFF -> throw refused("order " + orderId + " was cancelled before it took " + step.describe());
            case CONFLICTING ->
                throw refused("order " + orderId + " already took " + holder.describe() + ", not " + step.describe());
            case UNDONE ->
                throw refused("order " + orderId + " was cancelled; " + holder.describe() + " was given back");
        };
    }

    private ShopException refused(String message) {
        return new IllegalOrderStateException(message).withOrderId(step.getOrderId());
    }
}
