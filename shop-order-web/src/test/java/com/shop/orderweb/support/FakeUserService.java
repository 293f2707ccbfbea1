package com.shop.orderweb.support;

import com.shop.api.UserService;
import com.shop.api.exception.AuthenticationFailedException;
import com.shop.api.exception.UserNotFoundException;
import com.shop.pojo.user.UserView;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Users with plain-text passwords held in memory. */
public class FakeUserService implements UserService {

    private final Map<Long, UserView> users = new ConcurrentHashMap<>();
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final AtomicInteger authentications = new AtomicInteger();
    private final Failures failures = new Failures();

    public void put(UserView user, String password) {
        users.put(user.getUserId(), user);
        passwords.put(user.getUserName(), password);
    }

    /** Whether a user has this name, compared without case like the user table does. */
    public boolean hasName(String userName) {
        return users.values().stream().anyMatch(user -> user.getUserName().equalsIgnoreCase(userName));
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
}
