package com.shop.payweb.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The order to pay. Deliberately no amount and no user: the amount is the order's as stored, the user the token's.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(description = "The order to pay; the amount is the order's own, the user the token's.")
public record CreatePaymentRequest(
        @Schema(description = "64-bit order id, as a string", example = "7312345678901230001")
        @NotNull @Pattern(regexp = "[1-9][0-9]{0,18}", message = "must be an order id") String orderId) {

    /** @throws NumberFormatException beyond the 64-bit range, which the pattern lets through */
    long orderIdValue() {
        return Long.parseLong(orderId);
    }
}
