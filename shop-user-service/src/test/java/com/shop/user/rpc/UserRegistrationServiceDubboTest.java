package com.shop.user.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.ServiceVersions;
import com.shop.api.UserRegistrationService;
import com.shop.api.UserService;
import com.shop.api.exception.InvalidRequestException;
import com.shop.api.exception.UsernameTakenException;
import com.shop.pojo.user.RegistrationRequest;
import com.shop.pojo.user.UserRole;
import com.shop.pojo.user.UserView;
import com.shop.user.UserServiceTestBase;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;

/** Signing up as the web edge does it: through the registry, over the dubbo protocol. */
class UserRegistrationServiceDubboTest extends UserServiceTestBase {

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 5000)
    UserRegistrationService registration;

    @DubboReference(version = ServiceVersions.V1, scope = "remote", check = false, timeout = 5000)
    UserService users;

    @Test
    void aNewUserCanLogInAtOnceWithNothingOnTheAccount() {
        String name = "d" + Long.toString(newId(), 36);

        UserView created = registration.register(RegistrationRequest.builder()
                .userName(name)
                .password("a long enough secret")
                .build());

        assertThat(created.getUserName()).isEqualTo(name);
        assertThat(created.toString()).as("no password hash on the wire").doesNotContain("$2a$");
        assertThat(created.getUserMoney()).isEqualByComparingTo("0.00");
        assertThat(created.getUserScore()).isZero();
        assertThat(created.getRole()).as("signing up makes a shopper").isEqualTo(UserRole.SHOPPER);
        assertThat(users.authenticate(name, "a long enough secret").getUserId()).isEqualTo(created.getUserId());
    }

    @Test
    void refusalsArriveAsTheirTypedExceptions() {
        String name = "d" + Long.toString(newId(), 36);
        registration.register(RegistrationRequest.builder()
                .userName(name)
                .password("a long enough secret")
                .build());

        assertThatThrownBy(() -> registration.register(RegistrationRequest.builder()
                        .userName(name)
                        .password("yet another secret")
                        .build()))
                .isInstanceOf(UsernameTakenException.class)
                .hasFieldOrPropertyWithValue("code", "USERNAME_TAKEN");
        assertThatThrownBy(() -> registration.register(RegistrationRequest.builder()
                        .userName(name + "x")
                        .password("12345678")
                        .build()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("password");
    }
}
