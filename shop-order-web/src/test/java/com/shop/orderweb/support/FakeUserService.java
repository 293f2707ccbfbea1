package com.shop.orderweb.support;

import com.shop.api.UserService;
import com.shop.api.exception.AuthenticationFailedException;
import com.shop.api.exception.UserNotFoundException;
import com.shop.pojo.user.MoneyLogView;
import com.shop.pojo.user.UserView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Users with plain-text passwords held in memory. */
public class FakeUserService implements UserService {

    private final Map<Long, UserView> users = new ConcurrentHashMap<>();
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final AtomicInteger authentications = new AtomicInteger();
    private final Failures failures = new Failures();
    private final Map<Long, List<MoneyLogView>> moneyLogs = new ConcurrentHashMap<>();
    private final AtomicInteger lastMoneyLogLimit = new AtomicInteger();

    public void put(UserView user, String password) {
        users.put(user.getUserId(), user);
        passwords.put(user.getUserName(), password);
    }

    /** Whether a user has this name, compared without case like the user table does. */
    public boolean hasName(String userName) {
        return users.values().stream().anyMatch(user -> user.getUserName().equalsIgnoreCase(userName));
    }

    /** The user's movements, newest first, as the user service would answer them. */
    public void moneyLog(long userId, List<MoneyLogView> movements) {
        moneyLogs.put(userId, List.copyOf(movements));
    }

    /** The limit the last money-log read asked for. */
    public int lastMoneyLogLimit() {
        return lastMoneyLogLimit.get();
    }

    public void failWith(RuntimeException failure) {
        failures.failWith(failure);
    }

    /** How many authentications reached this service. */
    public int authentications() {
        return authentications.get();
    }

    public void reset() {
        authentications.set(0);
        users.clear();
        passwords.clear();
        moneyLogs.clear();
        failures.reset();
    }

    @Override
    public UserView authenticate(String userName, String password) {
        authentications.incrementAndGet();
        failures.throwIfFailing();
        if (!password.equals(passwords.get(userName))) {
            throw new AuthenticationFailedException("unknown user name or wrong password");
        }
        return users.values().stream()
                .filter(u -> u.getUserName().equals(userName))
                .findFirst()
                .orElseThrow();
    }

    @Override
    public UserView getUser(long userId) {
        failures.throwIfFailing();
        UserView user = users.get(userId);
        if (user == null) {
            throw new UserNotFoundException("no user " + userId);
        }
        return user;
    }

    @Override
    public void reduceBalance(long orderId, long userId, BigDecimal amount) {
        throw new UnsupportedOperationException("the web edge never spends balance");
    }

    @Override
    public BigDecimal refundBalance(long orderId, long userId) {
        throw new UnsupportedOperationException("the web edge never refunds");
    }

    @Override
    public List<MoneyLogView> listMoneyLog(long userId, int limit) {
        failures.throwIfFailing();
        lastMoneyLogLimit.set(limit);
        List<MoneyLogView> movements = moneyLogs.getOrDefault(userId, List.of());
        return movements.subList(0, Math.min(limit, movements.size()));
    }
}
