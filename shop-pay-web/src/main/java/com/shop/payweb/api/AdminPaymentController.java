package com.shop.payweb.api;

import com.shop.api.PaymentAdminService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The back office's view of payments: every user's, for operators only (the security of /api/admin/**). */
@Tag(name = "admin")
@RestController
@RequestMapping("/api/admin/payments")
public class AdminPaymentController {

    private final PaymentAdminService payments;

    public AdminPaymentController(PaymentAdminService payments) {
        this.payments = payments;
    }

    @Operation(summary = "The latest payments and refunds of every user, newest first, as stored")
    @ApiResponse(responseCode = "200", description = "up to limit of each")
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: limit outside 1..100",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "403",
            description = "FORBIDDEN: the token is not an operator's",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping
    public PaymentsOverviewResponse recent(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return new PaymentsOverviewResponse(
                payments.recentPayments(limit).stream().map(PaymentResponse::of).toList(),
                payments.recentRefunds(limit).stream().map(RefundResponse::of).toList());
    }

    /** Payments and refunds side by side. */
    public record PaymentsOverviewResponse(List<PaymentResponse> payments, List<RefundResponse> refunds) {}
}
