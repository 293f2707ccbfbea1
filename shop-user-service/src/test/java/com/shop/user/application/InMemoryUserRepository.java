package com.shop.user.application;

import com.shop.common.ledger.InMemoryLedgerTable;
import com.shop.common.ledger.LedgerPhase;
import com.shop.user.domain.MoneyLogEntry;
import com.shop.user.domain.ScoreLogEntry;
import com.shop.user.domain.User;
import com.shop.user.domain.UserRepository;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A fake of the repository port and the ledger tables: the guarded balance and score updates, without a database. */
class InMemoryUserRepository implements UserRepository {

    final Map<Long, User> users = new HashMap<>();
    final InMemoryLedgerTable<MoneyLogEntry> moneyLog = new InMemoryLedgerTable<>(MoneyLogEntry::getOrderId);
    final InMemoryLedgerTable<ScoreLogEntry> scoreLog = new InMemoryLedgerTable<>(ScoreLogEntry::getOrderId);

    InMemoryUserRepository withUser(long userId, String userName, String passwordHash, String balance) {
        users.put(
                userId,
                User.builder()
                        .userId(userId)
                        .userName(userName)
                        .userPassword(passwordHash)
                        .userMoney(new BigDecimal(balance))
                        .build());
        return this;
    }

    BigDecimal balanceOf(long userId) {
        return users.get(userId).getUserMoney();
    }

    /** What the money log says happened to a user's balance. */
    BigDecimal moneyLogSum(long userId) {
        return moneyLog.entries().stream()
                .filter(entry -> entry.getUserId() == userId)
                .map(MoneyLogEntry::getUseMoney)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public Optional<User> findUser(long userId) {
        return Optional.ofNullable(users.get(userId));
    }

    @Override
    public Optional<User> findUserByName(String userName) {
        return users.values().stream()
                .filter(user -> user.getUserName().equals(userName))
                .findFirst();
    }

    /** Names compared without case, like the user table's unique key. */
    @Override
    public boolean insertUser(User user) {
        if (users.values().stream().anyMatch(other -> other.getUserName().equalsIgnoreCase(user.getUserName()))) {
            return false;
        }
        users.put(user.getUserId(), user);
        return true;
    }

    @Override
    public boolean spendBalance(long userId, BigDecimal amount) {
        User user = users.get(userId);
        if (user == null || user.getUserMoney().compareTo(amount) < 0) {
            return false;
        }
        user.setUserMoney(user.getUserMoney().subtract(amount));
        return true;
    }

    @Override
    public void creditBalance(long userId, BigDecimal amount) {
        User user = users.get(userId);
        user.setUserMoney(user.getUserMoney().add(amount));
    }

    @Override
    public boolean takePoints(long userId, int points) {
        User user = users.get(userId);
        if (user == null || user.getUserScore() < points) {
            return false;
        }
        user.setUserScore(user.getUserScore() - points);
        return true;
    }

    /** The score the order's slot recorded, or null when the slot is empty. */
    Integer score(long orderId, LedgerPhase phase) {
        return scoreLog.slot(orderId, phase).map(ScoreLogEntry::getScore).orElse(null);
    }

    @Override
    public boolean addPoints(long userId, int points) {
        User user = users.get(userId);
        if (user == null || user.getUserScore() > Integer.MAX_VALUE - points) {
            return false;
        }
        user.setUserScore(user.getUserScore() + points);
        return true;
    }
}
