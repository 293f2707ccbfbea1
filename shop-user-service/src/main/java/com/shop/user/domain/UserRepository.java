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

    /** @return false when the order's points were credited already (the score log has its row) */
    boolean addScoreLogEntry(long orderId, long userId, int points);

    /** Adds points to the user's score; false when there is no such user or the score would overflow. */
    boolean addPoints(long userId, int points);
}
