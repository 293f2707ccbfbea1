package com.shop.payweb.api;

import com.shop.api.PaymentService;
import com.shop.common.web.security.AuthenticatedUser;
import com.shop.common.web.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "payments")
@RestController
@RequestMapping("/api/payments")
public class PaymentController {

    private final PaymentService payments;

    public PaymentController(PaymentService payments) {
        this.payments = payments;
    }

    @Operation(summary = "One payment of the caller")
    @ApiResponse(responseCode = "200", description = "the payment")
    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: the id is not a number",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(responseCode = "404", description = "PAYMENT_NOT_FOUND: no such payment, or another user's",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping("/{payId}")
    public PaymentResponse get(@Parameter(hidden = true) @CurrentUser AuthenticatedUser caller,
                               @Parameter(schema = @Schema(type = "string", example = "7312345678901234567"))
                               @PathVariable long payId) {
        return PaymentResponse.of(payments.getPayment(caller.userId(), payId));
    }
}
