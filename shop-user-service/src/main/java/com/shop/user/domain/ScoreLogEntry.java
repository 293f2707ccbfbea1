package com.shop.user.domain;

/** One row of an order's score log; {@code score} is signed (+credit, -revoke, 0 void). */
public record ScoreLogEntry(long orderId, long userId, LedgerPhase phase, ScoreOperation op, int score) {
}
