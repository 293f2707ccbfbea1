package com.shop.orderweb.api;

import com.shop.api.OrderService;
import com.shop.common.web.security.AuthenticatedUser;
import com.shop.common.web.security.CurrentUser;
import com.shop.pojo.order.OrderStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The back office's orders: every user's, and shipping them. Under {@code /api/admin/}, so only a token with the
 * operator role reaches it (a shopper's gets {@code 403 FORBIDDEN}).
 */
@Tag(name = "admin")
@RestController
@RequestMapping("/api/admin/orders")
public class AdminOrderController {

    /** Keeps page × size inside the service's int arithmetic. */
    private static final int MAX_PAGE = 100_000;

    private final OrderService orders;

    public AdminOrderController(OrderService orders) {
        this.orders = orders;
    }

    @Operation(summary = "Every user's orders, newest first (operators only)")
    @ApiResponse(responseCode = "200", description = "one page of orders")
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: page < 0, size outside 1..100 or an unknown status",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "403",
            description = "FORBIDDEN: the caller is not an operator",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping
    public OrderPageResponse list(
            @RequestParam(defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @Parameter(description = "only orders in this order status, e.g. CONFIRMED") @RequestParam(required = false)
                    OrderStatus status) {
        return OrderPageResponse.of(orders.listAllOrders(page, size, status));
    }

    @Operation(
            summary = "Ship a paid order (operators only)",
            description = "Only a confirmed, paid ordinary order not shipped yet, whose shopper has not asked for a "
                    + "refund: it becomes SHIPPED, and its shopper can no longer cancel it. A vending order is "
                    + "dispensed by its machine and is never shipped so.")
    @ApiResponse(responseCode = "200", description = "the order, shippingStatus SHIPPED")
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: the id is not a number",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "403",
            description = "FORBIDDEN: the caller is not an operator",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "ORDER_NOT_FOUND: no such order",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "409",
            description = "ORDER_STATE_CONFLICT: not paid, shipped already, closed, a vending order, or its "
                    + "shopper asked for a refund",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @PostMapping("/{orderId}/ship")
    public OrderResponse ship(
            @Parameter(hidden = true) @CurrentUser AuthenticatedUser operator,
            @Parameter(schema = @Schema(type = "string", example = "7312345678901234567")) @PathVariable long orderId) {
        return OrderResponse.of(orders.shipOrder(operator.userId(), orderId));
    }
}
