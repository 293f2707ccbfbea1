package com.shop.common.trail;

import com.shop.common.messaging.consumer.ConsumerLogEntry;
import com.shop.common.messaging.consumer.ConsumerLogMapper;
import com.shop.common.messaging.outbox.OutboxMapper;
import com.shop.common.messaging.outbox.OutboxMessage;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import java.util.List;
import java.util.stream.Stream;

/**
 * The messages of an order in a service: the rows of its outbox and of its consumer log keyed by the order. Every
 * message about an order carries the order id as its key ({@code <orderId>}, or {@code <orderId>:<suffix>} for one of
 * several timers of an order), and a consumer logs a message under that key.
 */
public final class MessageTrail implements TrailSource {

    private final OutboxMapper outbox;
    private final ConsumerLogMapper consumerLog;

    public MessageTrail(OutboxMapper outbox, ConsumerLogMapper consumerLog) {
        this.outbox = outbox;
        this.consumerLog = consumerLog;
    }

    @Override
    public List<TrailEntry> entriesOf(long orderId) {
        String key = Long.toString(orderId);
        return Stream.concat(
                        outbox.findByOrderKey(key).stream().map(MessageTrail::sent),
                        consumerLog.findByOrderKey(key).stream().map(MessageTrail::consumed))
                .toList();
    }

    /** A row counts from when it was written: it commits with its change, and may be consumed before it is marked. */
    private static TrailEntry sent(OutboxMessage row) {
        String state = switch (row.getStatus()) {
            case OutboxMessage.SENT -> "sent";
            case OutboxMessage.PARKED -> "parked";
            default -> "waiting to be sent";
        };
        String detail = "topic " + row.getTopic() + ", key " + row.getMessageKey()
                + (row.getDeliverAt() == null
                        ? ""
                        : ", due " + row.getDeliverAt().toInstant());
        return TrailEntry.builder()
                .time(row.getCreateTime())
                .kind(TrailKind.MESSAGE_SENT)
                .name(row.getTag() + " " + state)
                .detail(detail)
                .messageId(row.getId())
                .attempts(row.getAttempts())
                .reason(row.getLastError())
                .build();
    }

    private static TrailEntry consumed(ConsumerLogEntry row) {
        String what = switch (row.getStatus()) {
            case ConsumerLogEntry.SUCCEEDED -> " consumed by ";
            case ConsumerLogEntry.FAILED -> " failed in ";
            default -> " being consumed by ";
        };
        return TrailEntry.builder()
                .time(row.getTimestamp())
                .kind(TrailKind.MESSAGE_CONSUMED)
                .name(row.getTag() + what + row.getGroupName())
                .detail("key " + row.getMessageKey())
                .messageId(row.getMessageId())
                .attempts(row.getTimes())
                .reason(row.getStatus() == ConsumerLogEntry.FAILED ? row.getRemark() : null)
                .build();
    }
}
