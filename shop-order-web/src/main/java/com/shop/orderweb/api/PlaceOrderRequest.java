package com.shop.orderweb.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.shop.pojo.order.ConfirmOrderRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * An order as the shopper confirms it, with the figures they saw; the order service recomputes each figure and
 * refuses a mismatch. There is deliberately no user here: the order belongs to the token's user, and a
 * {@code userId} sent in the body is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(description = "The order to confirm. The user is the token's; a userId in the body is ignored.")
public record PlaceOrderRequest(
        @Schema(example = "1") @NotNull @Positive Long goodsId,
        @Schema(example = "2") @NotNull @Min(1) @Max(999) Integer goodsNumber,

        @Schema(type = "number", example = "25.00", description = "the unit price the shopper saw")
        @NotNull
        @DecimalMin("0.00")
        @Digits(integer = 8, fraction = 2)
        BigDecimal goodsPrice,

        @Schema(type = "number", example = "10.00") @NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2)
        BigDecimal shippingFee,

        @Schema(type = "number", example = "60.00", description = "goodsPrice × goodsNumber + shippingFee")
        @NotNull
        @DecimalMin("0.00")
        @Digits(integer = 8, fraction = 2)
        BigDecimal orderAmount,

        @Schema(description = "optional: a coupon of the caller to spend") @Positive
        Long couponId,

        @Schema(type = "number", example = "20.00", description = "optional: how much of the balance to spend")
        @DecimalMin("0.00")
        @Digits(integer = 8, fraction = 2)
        BigDecimal moneyPaid,

        @Schema(example = "Main Street 1, Springfield") @NotBlank @Size(max = 255)
        String address,

        @Schema(example = "Alice") @NotBlank @Size(max = 64) String consignee) {

    ConfirmOrderRequest toConfirmOrderRequest() {
        return ConfirmOrderRequest.builder()
                .goodsId(goodsId)
                .goodsNumber(goodsNumber)
                .goodsPrice(goodsPrice)
                .shippingFee(shippingFee)
                .orderAmount(orderAmount)
                .couponId(couponId)
                .moneyPaid(moneyPaid)
                .address(address)
                .consignee(consignee)
                .build();
    }
}
