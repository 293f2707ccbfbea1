package com.shop.orderweb.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Credentials of a shopper. */
public record LoginRequest(
        @Schema(example = "alice") @NotBlank @Size(max = 64) String username,

        @Schema(example = "shop-demo") @NotBlank @Size(max = 128)
        String password) {

    /** Keeps the password out of any log line that prints the request. */
    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", password=***]";
    }
}
