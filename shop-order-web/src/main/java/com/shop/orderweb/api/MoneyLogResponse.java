package com.shop.orderweb.api;

import com.shop.common.web.ResponseValues;
import com.shop.pojo.user.MoneyLogView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/** One movement of the caller's balance. */
public record MoneyLogResponse(
        @Schema(description = "the order that moved it, as a string", example = "7312345678901234567")
        String orderId,

        @Schema(description = "PAID (the order paid from the balance) or REFUNDED (given back by a cancel)")
        String type,

        @Schema(type = "number", example = "-20.00", description = "signed: negative paid, positive given back")
        BigDecimal amount,

        Instant time) {

    static MoneyLogResponse of(MoneyLogView movement) {
        return new MoneyLogResponse(
                ResponseValues.id(movement.getOrderId()),
                movement.getType(),
                ResponseValues.money(movement.getAmount()),
                ResponseValues.instant(movement.getTime()));
    }
}
