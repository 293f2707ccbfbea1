package com.shop.order.application;

import com.shop.api.UserService;
import com.shop.api.exception.InsufficientBalanceException;
import com.shop.pojo.user.UserView;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Balances in memory: never below zero. */
final class FakeUserService implements UserService {

    final Script script = new Script();
    private final Journal journal;
    private final Map<Long, BigDecimal> balances = new HashMap<>();

    FakeUserService(Journal journal) {
        this.journal = journal;
    }

    FakeUserService with(long userId, String balance) {
        balances.put(userId, new BigDecimal(balance));
        return this;
    }

    BigDecimal balanceOf(long userId) {
        return balances.get(userId);
    }

    @Override
    public UserView authenticate(String userName, String password) {
        throw new UnsupportedOperationException();
    }

    @Override
    public UserView getUser(long userId) {
        return UserView.builder().userId(userId).userMoney(balances.get(userId)).build();
    }

    @Override
    public void reduceBalance(long orderId, long userId, BigDecimal amount) {
        journal.record("user.reduceBalance");
        script.beforeEffect("reduceBalance");
        BigDecimal balance = balances.get(userId);
        if (balance.compareTo(amount) < 0) {
            throw new InsufficientBalanceException("balance " + balance + " is less than " + amount);
        }
        balances.put(userId, balance.subtract(amount));
        script.afterEffect("reduceBalance");
    }

    @Override
    public BigDecimal refundBalance(long orderId, long userId) {
        throw new UnsupportedOperationException("the saga never refunds itself");
    }
}
