package com.shop.orderweb.api;

import com.shop.api.MessagingStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The back office's view of every service's messaging, for operators only (the security of /api/admin/**). */
@Tag(name = "admin")
@RestController
@RequestMapping("/api/admin/messaging")
public class AdminMessagingController {

    private final MessagingStatus messaging;

    public AdminMessagingController(MessagingStatus messaging) {
        this.messaging = messaging;
    }

    @Operation(
            summary = "Every service's outbox backlog and failed messages (operators only)",
            description = "For each service: outbox rows not sent yet and how long the oldest has waited, rows parked "
                    + "after the broker refused them, messages a consumer group failed on, dead letters seen since "
                    + "the service started; and the 20 newest parked rows, failed messages and dead letters, newest "
                    + "first. A service that does not answer within 2 s is named in unavailable and the answer is "
                    + "partial. A read only: a parked row is re-armed, a dead letter replayed, at its service.")
    @ApiResponse(responseCode = "200", description = "every service's report, whole or partial")
    @ApiResponse(
            responseCode = "403",
            description = "FORBIDDEN: the caller is not an operator",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping
    public MessagingStatusResponse messaging() {
        return MessagingStatusResponse.of(messaging.overview());
    }
}
