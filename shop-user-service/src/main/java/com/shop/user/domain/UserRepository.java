package com.shop.user.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** Users, their balance and points, and the per-order money and score logs. */
public interface UserRepository {

    Optional<User> findUser(long userId);

    Optional<User> findUserByName(String userName);

    /** @return false when the ledger slot of this entry is already taken (by this entry or another) */
    boolean addMoneyLogEntry(MoneyLogEntry entry);

    /** Reads the latest committed entry of a slot and locks it for the rest of the transaction. */
    Optional<MoneyLogEntry> lockMoneyLogEntry(long orderId, LedgerPhase phase);

    /** Takes {@code amount} from the balance if it covers it; false otherwise, changing nothing. */
    boolean spendBalance(long userId, BigDecimal amount);

    void creditBalance(long userId, BigDecimal amount);

    /**
     * Writes the order's row into a slot of its score log, unless the slot is taken.
     *
     * @return false when the slot had its row already (nothing is written)
     */
    boolean addScoreLogEntry(ScoreLogEntry entry);

    Optional<ScoreLogEntry> findScoreLogEntry(long orderId, LedgerPhase phase);

    /** Adds points to the user's score; false when there is no such user or the score would overflow. */
    boolean addPoints(long userId, int points);

    /** Takes points from the user's score; false when there is no such user or fewer points than that. */
    boolean takePoints(long userId, int points);
}
