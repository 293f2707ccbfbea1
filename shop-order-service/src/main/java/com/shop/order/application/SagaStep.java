package com.shop.order.application;

import java.util.function.Consumer;

/**
 * One step of a saga declared next to what undoes it, so that a saga reads as its list of steps and compensations.
 * A step is undone either here, by the order service in a local transaction, or by the participant that took it, when
 * it hears the message named; the pairing says which, and the saga runs the undos that are its own.
 */
final class SagaStep {

    private final String action;
    private final String party;
    private final boolean applies;
    private final Runnable forward;
    private final Undo undo;

    private SagaStep(String action, String party, boolean applies, Runnable forward, Undo undo) {
        this.action = action;
        this.party = party;
        this.applies = applies;
        this.forward = forward;
        this.undo = undo;
    }

    /** A step named by what it does ("reduce stock") and who does it ("the goods service"). */
    static SagaStep step(String action, String party) {
        return new SagaStep(action, party, true, () -> {}, Undo.NOTHING);
    }

    /** Only when it applies to the order (an order without a coupon uses none). */
    SagaStep when(boolean applies) {
        return new SagaStep(action, party, applies, forward, undo);
    }

    SagaStep invoke(Runnable forward) {
        return new SagaStep(action, party, applies, forward, undo);
    }

    /** Undone by the order service itself, given why the saga failed. */
    SagaStep undoneHere(String how, Consumer<String> undo) {
        return new SagaStep(action, party, applies, forward, new Undo(party, how, null, undo));
    }

    /**
     * Undone by {@code undoneBy} when it hears {@code message}, which an undo of the order service's own writes. A
     * timed-out step may still run after the saga gave up, so the participant undoes what its own records say was
     * taken and fences off a step that comes late; hence the message reaches the participant of the failed step too.
     */
    SagaStep undoneOn(String message, String undoneBy, String how) {
        return new SagaStep(action, party, applies, forward, new Undo(undoneBy, how, message, null));
    }

    String action() {
        return action;
    }

    String party() {
        return party;
    }

    boolean applies() {
        return applies;
    }

    void run() {
        forward.run();
    }

    Undo undo() {
        return undo;
    }

    /** Who undoes a step and how: here ({@link #here} not null), on a message, or not at all. */
    record Undo(String party, String how, String message, Consumer<String> here) {

        static final Undo NOTHING = new Undo(null, "nothing to undo", null, null);

        boolean isHere() {
            return here != null;
        }

        void runHere(String reason) {
            here.accept(reason);
        }

        @Override
        public String toString() {
            if (here != null) {
                return party + " " + how;
            }
            return message == null ? how : party + " " + how + " on " + message;
        }
    }
}
