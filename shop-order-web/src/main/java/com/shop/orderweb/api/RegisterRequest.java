package com.shop.orderweb.api;

import com.shop.api.RegistrationPolicy;
import com.shop.pojo.user.RegistrationRequest;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new shopper's account. The rules are {@link RegistrationPolicy}'s, checked before anyone is called. */
public record RegisterRequest(
        @Schema(
                example = "carol",
                description = "3 to 32 letters, digits, '_', '.' or '-', starting with a letter or "
                        + "digit; unique, whatever the case",
                pattern = RegistrationPolicy.USER_NAME_PATTERN)
        String username,

        @Schema(
                example = "tea at five o'clock",
                description = "at least 8 characters and at most 72 bytes; not the user "
                        + "name, a run like 12345678, a common password or few different characters")
        String password,

        @Schema(
                example = "13800001234",
                description = "optional: 7 to 15 digits, optionally after '+'",
                pattern = RegistrationPolicy.MOBILE_PATTERN)
        String mobile) {

    RegistrationRequest toRequest() {
        return RegistrationRequest.builder()
                .userName(username)
                .password(password)
                .userMobile(mobile)
                .build();
    }

    /** Keeps the password out of any log line that prints the request. */
    @Override
    public String toString() {
        return "RegisterRequest[username=" + username + ", password=***, mobile=" + mobile + "]";
    }
}
