package com.shop.orderweb.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where the console's pages reach the other parts of the suite. */
public record ConsoleSettingsResponse(
        @Schema(example = "http://127.0.0.1:8081", description = "shop-pay-web, which opens payments")
        String payWebUrl,

        @Schema(
                example = "http://127.0.0.1:18090",
                nullable = true,
                description = "the payment sandbox (development mode only)")
        String sandboxUrl,

        @Schema(
                example = "http://127.0.0.1:18091",
                nullable = true,
                description = "the vending machine simulator's control API (development mode only)")
        String simulatorUrl,

        @Schema(
                example = "http://127.0.0.1:18092",
                nullable = true,
                description = "the devstack's invariant checker (development mode only)")
        String checkerUrl) {}
