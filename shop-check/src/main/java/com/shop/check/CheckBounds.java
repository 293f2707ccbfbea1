package com.shop.check;

import java.time.Duration;

/**
 * How long the suite may take to settle before something unfinished counts as a violation.
 *
 * @param settle how long after its last change an order (or a payment, a ledger entry) must agree with every other
 *               service: compensation and payment events travel through the broker, so what changed moments ago may
 *               not have reached every service yet
 * @param stuck  how long an order, payment, refund, dispense or consumed message may stay in an intermediate state
 *               (unconfirmed, past its payment deadline, paying for a closed order, refund pending, dispensing,
 *               failed or processing) beyond the time the suite itself gives it
 * @param unsent how long an outbox row may stay unsent
 */
public record CheckBounds(Duration settle, Duration stuck, Duration unsent) {

    /** For a suite under way: a minute to settle, five to finish anything, a minute to send a message. */
    public static CheckBounds defaults() {
        return new CheckBounds(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(1));
    }

    /** For a quiet suite: everything must have settled and finished now. */
    public static CheckBounds quiet() {
        return new CheckBounds(Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** The same bound for all three. */
    public static CheckBounds all(Duration bound) {
        return new CheckBounds(bound, bound, bound);
    }
}
