package com.shop.orderweb.api;

import com.shop.common.web.ResponseValues;
import com.shop.pojo.user.UserView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** The caller's account. */
public record ProfileResponse(
        long userId,
        String userName,

        @Schema(type = "number", example = "1000.00", description = "account balance that orders may spend")
        BigDecimal balance,

        @Schema(description = "points earned by paid orders")
        int points) {

    static ProfileResponse of(UserView user) {
        return new ProfileResponse(
                user.getUserId(),
                user.getUserName(),
                ResponseValues.money(user.getUserMoney()),
                user.getUserScore() == null ? 0 : user.getUserScore());
    }
}
