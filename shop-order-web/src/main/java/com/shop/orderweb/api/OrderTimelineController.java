package com.shop.orderweb.api;

import com.shop.api.OrderService;
import com.shop.api.OrderTrail;
import com.shop.api.ServiceGroups;
import com.shop.api.exception.OrderNotFoundException;
import com.shop.common.web.security.AuthenticatedUser;
import com.shop.common.web.security.CurrentUser;
import com.shop.pojo.trail.OrderTrailView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Following an order: what every service did with it, in time order. */
@Tag(name = "orders")
@RestController
public class OrderTimelineController {

    private final OrderService orders;
    private final OrderTrail trail;

    public OrderTimelineController(OrderService orders, OrderTrail trail) {
        this.orders = orders;
        this.trail = trail;
    }

    @Operation(
            summary = "The timeline of an order of the caller",
            description = "Every saga step and compensation, every message sent and consumed, every payment, refund "
                    + "and dispense, and the order's own moves, from every service, in time order. A service that "
                    + "does not answer within 2 s stands as one entry \"<service> unavailable\" and the timeline "
                    + "is partial.")
    @ApiResponse(responseCode = "200", description = "the timeline, whole or partial")
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: the id is not a number",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "404",
            description = "ORDER_NOT_FOUND: no such order, or another user's",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @ApiResponse(
            responseCode = "503",
            description = "SERVICE_UNAVAILABLE: the order service, which tells whose order it is, did not answer",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping("/api/orders/{orderId}/timeline")
    public OrderTimelineResponse timeline(
            @Parameter(hidden = true) @CurrentUser AuthenticatedUser caller,
            @Parameter(schema = @Schema(type = "string", example = "7312345678901234567")) @PathVariable long orderId) {
        // the owner's check comes first: nothing of another's order is gathered, and it answers 404 as a stranger's
        orders.getOrder(caller.userId(), orderId);
        return OrderTimelineResponse.of(trail.trailOf(orderId));
    }

    @Operation(
            summary = "The timeline of any order (operators only)",
            description = "As the shopper's timeline of an order, for every user's orders. Under /api/admin/, so "
                    + "only a token with the operator role reaches it.")
    @ApiResponse(responseCode = "200", description = "the timeline, whole or partial")
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
            description = "ORDER_NOT_FOUND: the order service answered and knows no such order",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping("/api/admin/orders/{orderId}/timeline")
    public OrderTimelineResponse anyTimeline(
            @Parameter(schema = @Schema(type = "string", example = "7312345678901234567")) @PathVariable long orderId) {
        OrderTrailView gathered = trail.trailOf(orderId);
        if (unknownToTheOrderService(gathered)) {
            throw new OrderNotFoundException("no order " + orderId);
        }
        return OrderTimelineResponse.of(gathered);
    }

    /**
     * Every order the order service knows has its placing in the order service's part; when that service did not
     * answer, the rest is shown (partial) rather than guessing.
     */
    private static boolean unknownToTheOrderService(OrderTrailView gathered) {
        return !gathered.getUnavailable().contains(ServiceGroups.ORDER)
                && gathered.getEntries().stream().noneMatch(entry -> ServiceGroups.ORDER.equals(entry.getService()));
    }
}
