package com.shop.orderweb.api;

import com.shop.common.web.console.ConsoleProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the web console at {@code /} needs besides the shop's own API: where to pay, and payment codes as images. */
@Tag(name = "console")
@RestController
@RequestMapping("/api/console")
public class ConsoleController {

    /** Far longer than any code the platforms issue, short enough that nobody renders essays as QR codes here. */
    static final int MAX_QR_TEXT = 512;

    private final ConsoleProperties console;

    public ConsoleController(ConsoleProperties console) {
        this.console = console;
    }

    @Operation(
            summary = "Where the console reaches the pay API and the development tools",
            description = "sandboxUrl, simulatorUrl and checkerUrl are set in development mode only: the payment "
                    + "sandbox whose payer the console offers as a button, the vending machine simulator whose "
                    + "modes and the invariant checker whose verdict the operator sees.")
    @ApiResponse(responseCode = "200", description = "the console's settings")
    @GetMapping("/settings")
    public ConsoleSettingsResponse settings() {
        return new ConsoleSettingsResponse(
                console.getPayWebUrl(),
                console.offeredSandboxUrl(),
                console.offeredSimulatorUrl(),
                console.offeredCheckerUrl());
    }

    @Operation(
            summary = "A payment code as a QR image",
            description = "The code the pay API answered (codeUrl), as PNG.")
    @ApiResponse(
            responseCode = "200",
            description = "the QR code",
            content = @Content(mediaType = MediaType.IMAGE_PNG_VALUE))
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: no text, or longer than 512 characters",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping(value = "/qr", produces = MediaType.IMAGE_PNG_VALUE)
    public ResponseEntity<byte[]> qr(@RequestParam @NotBlank @Size(max = MAX_QR_TEXT) String text) {
        // the code is the payer's to scan: nobody else's cache should keep it
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(QrCodes.png(text));
    }
}
