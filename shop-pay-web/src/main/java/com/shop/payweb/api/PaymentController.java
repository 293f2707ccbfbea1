package com.shop.payweb.api;

import com.shop.api.PaymentService;
import com.shop.api.exception.InvalidRequestException;
import com.shop.common.web.security.AuthenticatedUser;
import com.shop.common.web.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "payments")
@RestController
@RequestMapping("/api/payments")
public class PaymentController {

    private final PaymentService payments;

    public PaymentController(PaymentService payments) {
        this.payments = payments;
    }

    @Operation(
            summary = "Pay an order of the caller",
            description = "Opens the payment of a confirmed, unpaid order for the order's pay amount as stored and "
                    + "returns what the payer pays it with: the codeUrl to scan (WeChat Pay NATIVE, the default; "
                    + "Alipay's QR code with channel ALIPAY) or, for tradeType JSAPI with the payer's openId, the "
                    + "signed jsapi parameters the page inside WeChat calls the payment with. Asking again for the same order by the same method answers the same "
                    + "open payment; by another method, the open payment is closed and one by that method opened.")
    @ApiResponse(
            responseCode = "201",
            description = "the open payment",
            headers = @Header(name = "Location", description = "/api/payments/{payId}"))
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: no orderId, or not an order id; an unknown "
                    + "channel or tradeType; JSAPI without an openId, an openId that is not one, or one with another tradeType; JSAPI "
                    + "at Alipay; a channel this deployment takes no payments by",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "ORDER_NOT_FOUND: no such order, or another user's",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "409",
            description = "ORDER_ALREADY_PAID: paid, or nothing left to pay (coupon and "
                    + "balance paid it all); ORDER_STATE_CONFLICT: the order is cancelled, invalid, refunded or still being "
                    + "confirmed",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "503",
            description = "SERVICE_UNAVAILABLE: the order service or the payment platform "
                    + "did not answer; asking again opens the same payment",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @PostMapping
    public ResponseEntity<PaymentResponse> create(
            @Parameter(hidden = true) @CurrentUser AuthenticatedUser caller,
            @Valid @RequestBody CreatePaymentRequest request) {
        long orderId;
        try {
            orderId = request.orderIdValue();
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("orderId must be an order id");
        }
        PaymentResponse payment =
                PaymentResponse.of(payments.createPayment(caller.userId(), orderId, request.method()));
        return ResponseEntity.created(URI.create("/api/payments/" + payment.payId()))
                .body(payment);
    }

    @Operation(
            summary = "The caller's payments of an order",
            description = "Every payment of the order, oldest first: a payment closed (timeout, cancel) and the one "
                    + "opened after it. Another user's order, or an unknown one, has no payments for the caller: the "
                    + "list is empty. The payments are shown as stored; the platform is not asked.")
    @ApiResponse(responseCode = "200", description = "the caller's payments of the order, possibly none")
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: no orderId, or not an order id",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping
    public List<PaymentResponse> listOfOrder(
            @Parameter(hidden = true) @CurrentUser AuthenticatedUser caller,
            @Parameter(schema = @Schema(type = "string", example = "7312345678901230001")) @RequestParam long orderId) {
        return payments.listOrderPayments(caller.userId(), orderId).stream()
                .map(PaymentResponse::of)
                .toList();
    }

    @Operation(
            summary = "One payment of the caller",
            description = "While it is PAYING, the payment platform is asked first, so a payment made there shows "
                    + "even when its notification is late.")
    @ApiResponse(responseCode = "200", description = "the payment")
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: the id is not a number",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "PAYMENT_NOT_FOUND: no such payment, or another user's",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping("/{payId}")
    public PaymentResponse get(
            @Parameter(hidden = true) @CurrentUser AuthenticatedUser caller,
            @Parameter(schema = @Schema(type = "string", example = "7312345678901234567")) @PathVariable long payId) {
        return PaymentResponse.of(payments.getPayment(caller.userId(), payId));
    }
}
