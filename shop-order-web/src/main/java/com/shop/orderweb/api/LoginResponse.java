package com.shop.orderweb.api;

import com.shop.pojo.user.UserRole;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A bearer token for the logged-in user. */
public record LoginResponse(
        @Schema(description = "send as `Authorization: Bearer <token>`")
        String token,

        long userId,
        String userName,

        @Schema(description = "SHOPPER, or OPERATOR: may also use the back office, `/api/admin/**`")
        UserRole role,

        @Schema(description = "after this instant the token is refused; log in again")
        Instant expiresAt) {}
