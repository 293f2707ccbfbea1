package com.shop.orderweb.api;

import com.shop.common.web.ResponseValues;
import com.shop.pojo.messaging.DeadLetterSeen;
import com.shop.pojo.messaging.FailedMessage;
import com.shop.pojo.messaging.MessagingOverview;
import com.shop.pojo.messaging.MessagingReport;
import com.shop.pojo.messaging.ParkedMessage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Every service's messaging backlog, as operators see it: what waits to be sent, and what failed. */
public record MessagingStatusResponse(
        @Schema(description = "true when a service did not answer: its report is missing, and named in unavailable")
        boolean partial,

        @Schema(description = "the services that did not answer (order, goods, coupon, user, pay); empty when all did")
        List<String> unavailable,

        @Schema(description = "the report of each service that answered, in the order order, goods, coupon, user, pay")
        List<Service> services) {

    /** One service's backlog; the counts are of every row, the lists of the newest 20, newest first. */
    public record Service(
            @Schema(example = "order") String service,

            @Schema(description = "when the service read it")
            Instant readAt,

            @Schema(description = "outbox rows not sent yet")
            long outboxPending,

            @Schema(description = "when the oldest of them was written; absent when none waits")
            Instant oldestPendingTime,

            @Schema(description = "how long the oldest of them had waited when read, in milliseconds; absent when none")
            Long oldestPendingAgeMillis,

            @Schema(
                    description =
                            "outbox rows the broker refused until they were parked: sent again only once re-armed")
            long outboxParked,

            @Schema(description = "messages a consumer group failed on and has not handled since")
            long consumerFailed,

            @Schema(
                    description =
                            "dead letters the service saw since it started; absent when it reads none, so unknown")
            Long deadLettersSeen,

            List<Parked> parked,
            List<Failed> failed,
            List<DeadLetter> deadLetters) {

        static Service of(MessagingReport report) {
            return new Service(
                    report.getService(),
                    ResponseValues.instant(report.getReadAt()),
                    report.getOutboxPending(),
                    ResponseValues.instant(report.getOldestPendingTime()),
                    report.getOldestPendingAgeMillis(),
                    report.getOutboxParked(),
                    report.getConsumerFailed(),
                    report.getDeadLettersSeen(),
                    each(report.getParked(), Parked::of),
                    each(report.getFailed(), Failed::of),
                    each(report.getDeadLetters(), DeadLetter::of));
        }
    }

    /** A parked outbox row. */
    public record Parked(
            @Schema(description = "the outbox row's id, which re-arming it names")
            String id,

            @Schema(example = "shop-order") String topic,
            @Schema(example = "OrderCancelled") String tag,

            @Schema(description = "the message's key: the order id for a message about an order")
            String key,

            int attempts,
            String lastError,

            @Schema(description = "when it was written, with the change it tells of")
            Instant createTime) {

        static Parked of(ParkedMessage row) {
            return new Parked(
                    row.getId(),
                    row.getTopic(),
                    row.getTag(),
                    row.getKey(),
                    row.getAttempts(),
                    row.getLastError(),
                    ResponseValues.instant(row.getCreateTime()));
        }
    }

    /** A message a consumer group failed on at its last delivery; the broker redelivers it for a while. */
    public record Failed(
            @Schema(example = "pay-order-cancelled") String group,
            @Schema(example = "OrderCancelled") String tag,

            @Schema(description = "the broker's id of the message")
            String messageId,

            @Schema(description = "the message's key: the order id for a message about an order")
            String key,

            @Schema(description = "deliveries handled so far, the failed ones included")
            int times,

            @Schema(description = "the last delivery's error")
            String reason,

            @Schema(description = "when the last delivery failed")
            Instant time) {

        static Failed of(FailedMessage entry) {
            return new Failed(
                    entry.getGroup(),
                    entry.getTag(),
                    entry.getMessageId(),
                    entry.getKey(),
                    entry.getTimes(),
                    entry.getReason(),
                    ResponseValues.instant(entry.getTime()));
        }
    }

    /** A message that failed every delivery to a group and sits in the group's dead-letter queue. */
    public record DeadLetter(
            String group,
            String topic,
            String tags,
            String keys,

            @Schema(description = "its id as the producer gave it: what a replay names")
            String messageId,

            @Schema(description = "the broker's id of the message as first stored")
            String originMessageId,

            int deliveries,

            @Schema(description = "the last error the group's consumer log recorded, or unknown")
            String reason,

            @Schema(description = "when it entered the dead-letter queue")
            Instant storedAt) {

        static DeadLetter of(DeadLetterSeen letter) {
            return new DeadLetter(
                    letter.getGroup(),
                    letter.getTopic(),
                    letter.getTags(),
                    letter.getKeys(),
                    letter.getMessageId(),
                    letter.getOriginMessageId(),
                    letter.getDeliveries(),
                    letter.getReason(),
                    ResponseValues.instant(letter.getStoredAt()));
        }
    }

    static MessagingStatusResponse of(MessagingOverview overview) {
        return new MessagingStatusResponse(
                overview.isPartial(),
                List.copyOf(overview.getUnavailable()),
                each(overview.getServices(), Service::of));
    }

    /** A list a service left out reads as empty: nothing of the kind to show. */
    private static <T, R> List<R> each(List<T> values, Function<T, R> mapping) {
        return values == null ? List.of() : values.stream().map(mapping).toList();
    }
}
