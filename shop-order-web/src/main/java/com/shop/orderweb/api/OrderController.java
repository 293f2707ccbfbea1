package com.shop.orderweb.api;

import com.shop.api.OrderService;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "orders")
@RestController
@RequestMapping("/api/orders")
public class OrderController {

    /** Far beyond any shopper's history, and keeps page × size inside the service's int arithmetic. */
    private static final int MAX_PAGE = 100_000;

    private final OrderService orders;

    public OrderController(OrderService orders) {
        this.orders = orders;
    }

    @Operation(
            summary = "Confirm an order",
            description = "Spends stock, the coupon and the balance named; what is left is paid at the pay API. "
                    + "A refusal after the order was created names the cancelled order in the problem's orderId.")
    @ApiResponse(
            responseCode = "201",
            description = "the confirmed order",
            headers = @Header(name = "Location", description = "/api/orders/{orderId}"))
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: malformed JSON, a wrong type or a value out of range",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "GOODS_NOT_FOUND",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "409",
            description = "STOCK_INSUFFICIENT, COUPON_UNAVAILABLE, BALANCE_INSUFFICIENT, PRICE_MISMATCH or "
                    + "ORDER_STATE_CONFLICT; orderId names the cancelled order when one was created",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "413",
            description = "PAYLOAD_TOO_LARGE",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @PostMapping
    public ResponseEntity<OrderResponse> confirm(
            @Parameter(hidden = true) @CurrentUser AuthenticatedUser caller,
            @Valid @RequestBody PlaceOrderRequest order) {
        OrderResponse confirmed = OrderResponse.of(orders.confirmOrder(caller.userId(), order.toConfirmOrderRequest()));
        return ResponseEntity.created(URI.create("/api/orders/" + confirmed.orderId()))
                .body(confirmed);
    }

    @Operation(summary = "One order of the caller")
    @ApiResponse(responseCode = "200", description = "the order")
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: the id is not a number",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "ORDER_NOT_FOUND: no such order, or another user's",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping("/{orderId}")
    public OrderResponse get(
            @Parameter(hidden = true) @CurrentUser AuthenticatedUser caller,
            @Parameter(schema = @Schema(type = "string", example = "7312345678901234567")) @PathVariable long orderId) {
        return OrderResponse.of(orders.getOrder(caller.userId(), orderId));
    }

    @Operation(
            summary = "Cancel an order of the caller",
            description = "A confirmed, unpaid order is cancelled once its payment is closed at the payment platform "
                    + "(CANCELLED). A paid order not yet shipped is refunded through the platform, all of what was "
                    + "paid (REFUNDED); an order paid in full by coupon and balance is refunded without it. Stock, "
                    + "coupon and balance come back shortly after. Cancelling an order already cancelled, invalid "
                    + "or refunded answers it unchanged.")
    @ApiResponse(
            responseCode = "200",
            description =
                    "the order after the cancel: CANCELLED, REFUNDED, or as it was " + "when it was closed already")
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: the id is not a number",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "ORDER_NOT_FOUND: no such order, or another user's",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "409",
            description = "ORDER_STATE_CONFLICT: the order is shipped (or received), or still being confirmed",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "503",
            description = "SERVICE_UNAVAILABLE: the order or pay service, or the payment platform, did not answer; "
                    + "the order is unchanged and the cancel may be repeated",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @PostMapping("/{orderId}/cancel")
    public OrderResponse cancel(
            @Parameter(hidden = true) @CurrentUser AuthenticatedUser caller,
            @Parameter(schema = @Schema(type = "string", example = "7312345678901234567")) @PathVariable long orderId) {
        return OrderResponse.of(orders.cancelOrder(caller.userId(), orderId));
    }

    @Operation(
            summary = "Confirm that a shipped order of the caller arrived",
            description = "Only a shipped ordinary order, once: it becomes RECEIVED. A vending order is handed over by "
                    + "its machine and is never received so.")
    @ApiResponse(responseCode = "200", description = "the order, shippingStatus RECEIVED")
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: the id is not a number",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "ORDER_NOT_FOUND: no such order, or another user's",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "409",
            description = "ORDER_STATE_CONFLICT: the order is not shipped, was received already, or is a vending order",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @PostMapping("/{orderId}/receive")
    public OrderResponse receive(
            @Parameter(hidden = true) @CurrentUser AuthenticatedUser caller,
            @Parameter(schema = @Schema(type = "string", example = "7312345678901234567")) @PathVariable long orderId) {
        return OrderResponse.of(orders.receiveOrder(caller.userId(), orderId));
    }

    @Operation(summary = "The caller's orders, newest first")
    @ApiResponse(responseCode = "200", description = "one page of orders")
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: page < 0 or size outside 1..100",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping
    public OrderPageResponse list(
            @Parameter(hidden = true) @CurrentUser AuthenticatedUser caller,
            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return OrderPageResponse.of(orders.listOrders(caller.userId(), page, size));
    }
}
