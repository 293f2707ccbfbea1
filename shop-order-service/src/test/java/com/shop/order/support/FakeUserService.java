package com.shop.order.support;

import com.shop.api.UserService;
import com.shop.api.exception.AuthenticationFailedException;
import com.shop.api.exception.InsufficientBalanceException;
import com.shop.api.exception.UserNotFoundException;
import com.shop.pojo.user.MoneyLogView;
import com.shop.pojo.user.UserView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Balances in memory: never below zero. */
public class FakeUserService extends FakeParticipant implements UserService {

    private final Map<Long, BigDecimal> balances = new ConcurrentHashMap<>();

    public FakeUserService() {
        this(new Journal());
    }

    public FakeUserService(Journal journal) {
        super("user", journal);
    }

    public FakeUserService with(long userId, String balance) {
        balances.put(userId, new BigDecimal(balance));
        return this;
    }

    /** A user of the test's own. */
    public long add(String balance) {
        long userId = newId();
        with(userId, balance);
        return userId;
    }

    public BigDecimal balanceOf(long userId) {
        return balances.get(userId);
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
        called("reduceBalance", orderId);
        BigDecimal balance = getUser(userId).getUserMoney();
        if (balance.compareTo(amount) < 0) {
            throw new InsufficientBalanceException("balance " + balance + " is less than " + amount);
        }
        balances.put(userId, balance.subtract(amount));
        done("reduceBalance");
    }

    @Override
    public BigDecimal refundBalance(long orderId, long userId) {
        throw new UnsupportedOperationException("balances come back through OrderCancelled");
    }

    @Override
    public List<MoneyLogView> listMoneyLog(long userId, int limit) {
        throw new UnsupportedOperationException("the order service never reads a money log");
    }
}
