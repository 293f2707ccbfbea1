package com.shop.orderweb.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.shop.pojo.order.VendingOrderRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** One unit from a machine; the price is the machine's and the buyer the token's user. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VendingOrderBody(
        @Schema(example = "01000028", description = "the machine's inner code, as on its QR sticker")
        @NotNull
        @Pattern(regexp = "[0-9A-Za-z-]{1,32}", message = "must be a machine's inner code")
        String innerCode,

        @Schema(example = "2001") @NotNull @Positive Long goodsId) {

    VendingOrderRequest toRequest() {
        return VendingOrderRequest.builder()
                .innerCode(innerCode)
                .goodsId(goodsId)
                .build();
    }
}
