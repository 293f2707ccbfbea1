package com.shop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shop.api.exception.InvalidRequestException;
import com.shop.pojo.user.RegistrationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationPolicyTest {

    @Test
    void aSensibleRequestPasses() {
        assertThat(RegistrationPolicy.problems(request("carol.w-2", "tea at five o'clock", "+8613800001234")))
                .isEmpty();
        assertThat(RegistrationPolicy.problems(request("cat", "Tr0ub4dor&3", null)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ab",
                "_carol",
                ".carol",
                "carol smith",
                "carol@example.com",
                "kärol",
                "a23456789012345678901234567890123"
            })
    void malformedNamesAreRefused(String name) {
        assertThat(RegistrationPolicy.problems(request(name, "tea at five o'clock", null)))
                .singleElement()
                .asString()
                .startsWith("username:");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "seven77",
                "12345678",
                "87654321",
                "abcdefghij",
                "aaaaaaaaaa",
                "abababababab",
                "PASSWORD",
                "Password1",
                "qwertyuiop",
                "shop-demo",
                "xx-carol-xx",
                "CAROL2026!"
            })
    void weakPasswordsAreRefused(String password) {
        assertThat(RegistrationPolicy.problems(request("carol", password, null)))
                .singleElement()
                .asString()
                .startsWith("password:");
    }

    @Test
    void passwordsLongerThanBcryptReadsAreRefused() {
        assertThat(RegistrationPolicy.problems(request("carol", "x1y2z3w4".repeat(9), null)))
                .isEmpty();
        assertThat(RegistrationPolicy.problems(request("carol", "x1y2z3w4".repeat(9) + "!", null)))
                .singleElement()
                .asString()
                .contains("72 bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456", "1234567890123456", "138-0000-1234", "+", "++8613800001234", "phone"})
    void malformedMobilesAreRefused(String mobile) {
        assertThat(RegistrationPolicy.problems(request("carol", "tea at five o'clock", mobile)))
                .singleElement()
                .asString()
                .startsWith("mobile:");
    }

    @Test
    void checkNamesEveryBrokenRule() {
        assertThatThrownBy(() -> RegistrationPolicy.check(request("x", "1", "y")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContainingAll("username:", "password:", "mobile:");
        assertThatThrownBy(() -> RegistrationPolicy.check(null)).isInstanceOf(InvalidRequestException.class);
    }

    private static RegistrationRequest request(String name, String password, String mobile) {
        return RegistrationRequest.builder()
                .userName(name)
                .password(password)
                .userMobile(mobile)
                .build();
    }
}
