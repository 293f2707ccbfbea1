package com.shop.user.rpc;

import com.shop.api.ServiceVersions;
import com.shop.api.UserService;
import com.shop.pojo.user.MoneyLogView;
import com.shop.pojo.user.UserView;
import com.shop.user.application.BalanceManagement;
import com.shop.user.application.MoneyLogReading;
import com.shop.user.application.UserAccounts;
import com.shop.user.application.UserAuthentication;
import com.shop.user.domain.MoneyMovement;
import com.shop.user.domain.User;
import java.math.BigDecimal;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboService;

/** Dubbo adapter of the user capability: maps between the wire types and the application services. */
@DubboService(version = ServiceVersions.V1)
public class UserServiceProvider implements UserService {

    private final UserAuthentication authentication;
    private final UserAccounts accounts;
    private final BalanceManagement balance;
    private final MoneyLogReading moneyLog;

    public UserServiceProvider(
            UserAuthentication authentication,
            UserAccounts accounts,
            BalanceManagement balance,
            MoneyLogReading moneyLog) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.balance = balance;
        this.moneyLog = moneyLog;
    }

    @Override
    public UserView authenticate(String userName, String password) {
        return toView(authentication.authenticate(userName, password));
    }

    @Override
    public UserView getUser(long userId) {
        return toView(accounts.getUser(userId));
    }

    @Override
    public void reduceBalance(long orderId, long userId, BigDecimal amount) {
        balance.reduceBalance(orderId, userId, amount);
    }

    @Override
    public BigDecimal refundBalance(long orderId, long userId) {
        return balance.refundBalance(orderId, userId);
    }

    @Override
    public List<MoneyLogView> listMoneyLog(long userId, int limit) {
        return moneyLog.recent(userId, limit).stream()
                .map(UserServiceProvider::toView)
                .toList();
    }

    static MoneyLogView toView(MoneyMovement movement) {
        return MoneyLogView.builder()
                .orderId(movement.getOrderId())
                .type(movement.getType().name())
                .amount(movement.getAmount())
                .time(movement.getTime())
                .build();
    }

    /** The password hash stays here: the view has no field for it. */
    static UserView toView(User user) {
        return UserView.builder()
                .userId(user.getUserId())
                .userName(user.getUserName())
                .userMobile(user.getUserMobile())
                .userScore(user.getUserScore())
                .userMoney(user.getUserMoney())
                .userRegTime(user.getUserRegTime())
                .role(user.getUserRole())
                .build();
    }
}
