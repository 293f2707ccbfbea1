package com.shop.common.messaging.status;

import com.shop.common.messaging.consumer.ConsumerLogEntry;
import com.shop.common.messaging.consumer.ConsumerLogMapper;
import com.shop.common.messaging.deadletter.DeadLetter;
import com.shop.common.messaging.deadletter.DeadLetters;
import com.shop.common.messaging.outbox.OutboxMapper;
import com.shop.common.messaging.outbox.OutboxMessage;
import com.shop.pojo.messaging.DeadLetterSeen;
import com.shop.pojo.messaging.FailedMessage;
import com.shop.pojo.messaging.MessagingReport;
import com.shop.pojo.messaging.ParkedMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Reads a service's messaging report: the counts its health shows, when the oldest pending outbox row was written,
 * the newest parked rows and failed consumptions, and the dead letters its reader saw. Each part is one read of an
 * index's range, and nothing on the way of a message asks for it: only an operator's look does.
 */
public class MessagingReportReader {

    /** Rows listed of each kind: as many as the dead-letter reader keeps. */
    public static final int LISTED = 20;

    private final OutboxMapper outbox;
    private final ConsumerLogMapper consumerLog;
    private final ObjectProvider<DeadLetters> deadLetters;
    private final Clock clock;

    public MessagingReportReader(
            OutboxMapper outbox, ConsumerLogMapper consumerLog, ObjectProvider<DeadLetters> deadLetters, Clock clock) {
        this.outbox = outbox;
        this.consumerLog = consumerLog;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    /** @param service the name the report goes by: order, goods, coupon, user, pay */
    public MessagingReport read(String service) {
        Instant readAt = clock.instant();
        Date oldestPending = outbox.findOldestPendingTime();
        DeadLetters letters = deadLetters.getIfAvailable();
        return MessagingReport.builder()
                .service(service)
                .readAt(Date.from(readAt))
                .outboxPending(outbox.countPending())
                .oldestPendingTime(oldestPending)
                .oldestPendingAgeMillis(ageAt(oldestPending, readAt))
                .outboxParked(outbox.countParked())
                .consumerFailed(consumerLog.countFailed())
                .deadLettersSeen(letters == null ? null : letters.seen())
                .parked(outbox.findParked(LISTED).stream()
                        .map(MessagingReportReader::parked)
                        .toList())
                .failed(consumerLog.findFailed(LISTED).stream()
                        .map(MessagingReportReader::failed)
                        .toList())
                .deadLetters(
                        letters == null
                                ? List.of()
                                : letters.recent().stream()
                                        .map(MessagingReportReader::seen)
                                        .toList())
                .build();
    }

    /**
     * The row's time is the database's clock and the read's this process's: where they differ a little, a row written
     * just now would seem to come from the future, and it is counted as not having waited at all.
     */
    private static Long ageAt(Date written, Instant readAt) {
        return written == null ? null : Math.max(0, readAt.toEpochMilli() - written.getTime());
    }

    private static ParkedMessage parked(OutboxMessage row) {
        return ParkedMessage.builder()
                .id(row.getId())
                .topic(row.getTopic())
                .tag(row.getTag())
                .key(row.getMessageKey())
                .attempts(row.getAttempts())
                .lastError(row.getLastError())
                .createTime(row.getCreateTime())
                .build();
    }

    private static FailedMessage failed(ConsumerLogEntry entry) {
        return FailedMessage.builder()
                .group(entry.getGroupName())
                .tag(entry.getTag())
                .messageId(entry.getMessageId())
                .key(entry.getMessageKey())
                .times(entry.getTimes())
                .reason(entry.getRemark())
                .time(entry.getTimestamp())
                .build();
    }

    private static DeadLetterSeen seen(DeadLetter letter) {
        return DeadLetterSeen.builder()
                .group(letter.group())
                .topic(letter.topic())
                .tags(letter.tags())
                .keys(letter.keys())
                .messageId(letter.messageId())
                .originMessageId(letter.originMessageId())
                .deliveries(letter.deliveries())
                .reason(letter.reason())
                .storedAt(Date.from(letter.storedAt()))
                .build();
    }
}
