package com.shop.orderweb.api;

import com.shop.common.web.ResponseValues;
import com.shop.pojo.trail.OrderTrailView;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Everything that happened to an order, in time order, gathered from every service. */
public record OrderTimelineResponse(
        @Schema(description = "64-bit id, as a string so JavaScript keeps every digit", example = "7312345678901234567")
        String orderId,

        @Schema(description = "true when a service did not answer: its part is missing, and named in unavailable")
        boolean partial,

        @Schema(description = "the services that did not answer (order, goods, coupon, user, pay); empty when whole")
        List<String> unavailable,

        List<Entry> entries) {

    /** One thing that happened; fields that do not apply are absent. */
    public record Entry(
            @Schema(description = "when it happened, as the service's database recorded it (milliseconds)")
            Instant time,

            @Schema(description = "the service that recorded it: order, goods, coupon, user, pay", example = "goods")
            String service,

            TrailKind kind,

            @Schema(description = "what happened, in a few words", example = "stock reserved")
            String name,

            @Schema(description = "what it was about", example = "2 units of goods 1002")
            String detail,

            @Schema(type = "number", example = "178.00", description = "the money it moved")
            BigDecimal amount,

            @Schema(description = "the outbox row's id (sent) or the broker's message id (consumed)")
            String messageId,

            @Schema(description = "send attempts of a message sent, deliveries of a message consumed")
            Integer attempts,

            @Schema(description = "why it failed, when it did")
            String reason) {

        static Entry of(TrailEntry entry) {
            return new Entry(
                    ResponseValues.instant(entry.getTime()),
                    entry.getService(),
                    entry.getKind(),
                    entry.getName(),
                    entry.getDetail(),
                    ResponseValues.money(entry.getAmount()),
                    entry.getMessageId(),
                    entry.getAttempts(),
                    entry.getReason());
        }
    }

    static OrderTimelineResponse of(OrderTrailView trail) {
        return new OrderTimelineResponse(
                ResponseValues.id(trail.getOrderId()),
                trail.isPartial(),
                List.copyOf(trail.getUnavailable()),
                trail.getEntries().stream().map(Entry::of).toList());
    }
}
