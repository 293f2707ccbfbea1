package com.shop.user.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.ServiceVersions;
import com.shop.api.UserService;
import com.shop.api.exception.AuthenticationFailedException;
import com.shop.api.exception.IllegalOrderStateException;
import com.shop.api.exception.InsufficientBalanceException;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.UserNotFoundException;
import com.shop.pojo.user.MoneyLogView;
import com.shop.pojo.user.UserRole;
import com.shop.pojo.user.UserView;
import com.shop.user.UserServiceTestBase;
import java.math.BigDecimal;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** The provider as other services see it: registered in ZooKeeper, called over the dubbo protocol. */
class UserServiceDubboTest extends UserServiceTestBase {

    /** scope "remote": through the registry and the network, not Dubbo's in-JVM shortcut. */
    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 5000)
    UserService users;

    @Test
    void theDemoUsersLogInWithTheDemoPasswordAndHoldTheirBalance() {
        for (String name : new String[] {"alice", "bob"}) {
            UserView user = users.authenticate(name, "shop-demo");

            assertThat(user.getUserName()).isEqualTo(name);
            assertThat(user.getRole()).isEqualTo(UserRole.SHOPPER);
            assertThat(user.toString()).as("no password hash on the wire").doesNotContain("$2a$");
            assertThat(user.getUserMoney()).isEqualByComparingTo(new BigDecimal("1000.00"));
            assertThat(users.getUser(user.getUserId()).getUserMoney()).isEqualByComparingTo(new BigDecimal("1000.00"));
        }
    }

    @Test
    void theDemoOperatorLogsInAsAnOperator() {
        UserView admin = users.authenticate("admin", "shop-admin");

        assertThat(admin.getRole()).isEqualTo(UserRole.OPERATOR);
        assertThat(admin.getUserMoney()).isEqualByComparingTo("0.00");
        assertThat(users.getUser(admin.getUserId()).getRole()).isEqualTo(UserRole.OPERATOR);
    }

    @Test
    void aUserOfTheTableWithoutARoleIsAShopper() {
        long userId = newUser("1.00");

        assertThat(users.getUser(userId).getRole()).isEqualTo(UserRole.SHOPPER);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserAreRefusedAlike() {
        Throwable wrongPassword = catchRefusal("alice", "not-the-password");
        Throwable unknownUser = catchRefusal("nobody-" + newId(), "shop-demo");

        assertThat(wrongPassword)
                .isInstanceOf(AuthenticationFailedException.class)
                .hasFieldOrPropertyWithValue("code", AuthenticationFailedException.CODE);
        assertThat(unknownUser)
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessage(wrongPassword.getMessage());
    }

    @Test
    void refusalsArriveAsTheirTypedExceptions() {
        long userId = newUser("5.00");

        assertThatThrownBy(() -> users.reduceBalance(newId(), userId, new BigDecimal("5.01")))
                .isInstanceOf(InsufficientBalanceException.class)
                .hasFieldOrPropertyWithValue("code", InsufficientBalanceException.CODE);
        assertThatThrownBy(() -> users.reduceBalance(newId(), userId, new BigDecimal("0.001")))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> users.getUser(-1)).isInstanceOf(UserNotFoundException.class);
        assertThat(balanceOf(userId)).isEqualByComparingTo("5.00");
    }

    @Test
    void paysAndRefundsOverDubbo() {
        long userId = newUser("100.00");
        long orderId = newId();

        users.reduceBalance(orderId, userId, new BigDecimal("12.34"));
        assertThat(users.getUser(userId).getUserMoney()).isEqualByComparingTo("87.66");

        assertThat(users.refundBalance(orderId, userId)).isEqualByComparingTo("12.34");
        assertThat(users.refundBalance(orderId, userId)).isEqualByComparingTo("0");
        assertThat(users.getUser(userId).getUserMoney()).isEqualByComparingTo("100.00");

        assertThatThrownBy(() -> users.reduceBalance(orderId, userId, new BigDecimal("12.34")))
                .isInstanceOf(IllegalOrderStateException.class)
                .hasFieldOrPropertyWithValue("orderId", orderId);
    }

    private Throwable catchRefusal(String userName, String password) {
        try {
            users.authenticate(userName, password);
        } catch (RuntimeException refusal) {
            return refusal;
        }
        throw new AssertionError(userName + " was authenticated");
    }

    @Test
    void theMoneyLogCrossesAsSignedMovementsAndALimitOutOfRangeAsItsTypedRefusal() {
        long userId = newUser("20.00");
        long orderId = newId();
        users.reduceBalance(orderId, userId, new BigDecimal("7.50"));
        users.refundBalance(orderId, userId);

        List<MoneyLogView> log = users.listMoneyLog(userId, 10);

        assertThat(log).extracting(MoneyLogView::getOrderId).containsOnly(orderId);
        assertThat(log).extracting(MoneyLogView::getType).containsExactlyInAnyOrder("PAID", "REFUNDED");
        assertThat(log)
                .extracting(MoneyLogView::getAmount)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactlyInAnyOrder(new BigDecimal("-7.50"), new BigDecimal("7.50"));
        assertThat(log).allSatisfy(movement -> assertThat(movement.getTime()).isNotNull());
        assertThatThrownBy(() -> users.listMoneyLog(userId, 0))
                .isInstanceOf(InvalidRequestException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_REQUEST");
    }
}
