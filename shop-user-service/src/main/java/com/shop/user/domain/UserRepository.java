package com.shop.user.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Users, their balance and points. The per-order money and score logs are ledger tables of their own
 * ({@code LedgerTable<MoneyLogEntry>}, {@code LedgerTable<ScoreLogEntry>}).
 */
public interface UserRepository {

    Optional<User> findUser(long userId);

    Optional<User> findUserByName(String userName);

    /**
     * Inserts a new user; false, inserting nothing, when the name is taken. The name's unique key decides, so of two
     * racing inserts of one name exactly one succeeds.
     */
    boolean insertUser(User user);

    /** Takes {@code amount} from the balance if it covers it; false otherwise, changing nothing. */
    boolean spendBalance(long userId, BigDecimal amount);

    void creditBalance(long userId, BigDecimal amount);

    /** Adds points to the user's score; false when there is no such user or the score would overflow. */
    boolean addPoints(long userId, int points);

    /** Takes points from the user's score; false when there is no such user or fewer points than that. */
    boolean takePoints(long userId, int points);
}
