package com.shop.user.domain;

import com.shop.common.ledger.LedgerEntry;
import com.shop.common.ledger.LedgerPhase;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

/** One row of an order's score log ({@code trade_user_score_log}); {@code score} is signed (+credit, -revoke, 0 void). */
@Data
@NoArgsConstructor
@AllArgsConstructor
public class ScoreLogEntry implements LedgerEntry<ScoreLogEntry> {

    private long orderId;
    private long userId;
    private LedgerPhase phase;
    private ScoreOperation op;
    private int score;

    public static ScoreLogEntry credit(long orderId, long userId, int points) {
        return new ScoreLogEntry(orderId, userId, LedgerPhase.FORWARD, ScoreOperation.CREDIT, points);
    }

    public static ScoreLogEntry tombstone(long orderId, long userId) {
        return new ScoreLogEntry(orderId, userId, LedgerPhase.FORWARD, ScoreOperation.VOID, 0);
    }

    /** Taking this credit back from the user it went to. */
    public ScoreLogEntry revoking() {
        return new ScoreLogEntry(orderId, userId, LedgerPhase.UNDO, ScoreOperation.REVOKE, -score);
    }

    @Override
    public boolean isTombstone() {
        return op == ScoreOperation.VOID;
    }

    @Override
    public boolean isRepeatedBy(ScoreLogEntry step) {
        return op == step.op && userId == step.userId && score == step.score;
    }

    @Override
    public String describe() {
        return score + " points of user " + userId;
    }
}
