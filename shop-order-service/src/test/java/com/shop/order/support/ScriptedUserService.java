package com.shop.order.support;

import com.shop.api.UserService;
import com.shop.api.exception.AuthenticationFailedException;
import com.shop.api.exception.InsufficientBalanceException;
import com.shop.api.exception.UserNotFoundException;
import com.shop.pojo.user.UserView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/** A user provider for service tests: balances never go below zero. */
public class ScriptedUserService implements UserService {

    private final Map<Long, BigDecimal> balances = new ConcurrentHashMap<>();
    private final List<ParticipantCall> calls = new CopyOnWriteArrayList<>();

    public long add(String balance) {
        long userId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 4);
        balances.put(userId, new BigDecimal(balance));
        return userId;
    }

    public BigDecimal balanceOf(long userId) {
        return balances.get(userId);
    }

    public List<ParticipantCall> callsFor(long orderId) {
        return calls.stream().filter(call -> call.orderId() == orderId).toList();
    }

    @Override
    public UserView authenticate(String userName, String password) {
        throw new AuthenticationFailedException("not in this test");
    }

    @Override
    public UserView getUser(long userId) {
        BigDecimal balance = balances.get(userId);
        if (balance == null) {
            throw new UserNotFoundException("no user " + userId);
        }
        return UserView.builder().userId(userId).userMoney(balance).build();
    }

    @Override
    public synchronized void reduceBalance(long orderId, long userId, BigDecimal amount) {
        calls.add(new ParticipantCall("reduceBalance", orderId, Calls.protocol()));
        BigDecimal balance = getUser(userId).getUserMoney();
        if (balance.compareTo(amount) < 0) {
            throw new InsufficientBalanceException("balance " + balance + " is less than " + amount);
        }
        balances.put(userId, balance.subtract(amount));
    }

    @Override
    public BigDecimal refundBalance(long orderId, long userId) {
        throw new UnsupportedOperationException("balances come back through OrderCancelled");
    }
}
