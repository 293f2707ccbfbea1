package com.shop.common.messaging.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.common.messaging.MessagingTestBase;
import com.shop.common.messaging.consumer.ConsumerLogMapper;
import com.shop.common.messaging.deadletter.DeadLetters;
import com.shop.common.messaging.outbox.OutboxMapper;
import com.shop.pojo.messaging.FailedMessage;
import com.shop.pojo.messaging.MessagingOverview;
import com.shop.pojo.messaging.MessagingReport;
import com.shop.pojo.messaging.ParkedMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** A service's messaging report read from the real outbox and consumer log. */
class MessagingStatusTest extends MessagingTestBase {

    /** One more than listed, each a second newer than the one before. */
    private static final int WRITTEN = MessagingReportReader.LISTED + 1;

    private final String tag = "status-" + UUID.randomUUID();

    @Autowired
    MessagingReportReader reader;

    @Autowired
    OutboxMapper outbox;

    @Autowired
    ConsumerLogMapper consumerLog;

    @AfterEach
    void removeRows() {
        jdbc.update("DELETE FROM trade_mq_producer_temp WHERE msg_tag = ?", tag);
        jdbc.update("DELETE FROM trade_mq_consumer_log WHERE msg_tag = ?", tag);
    }

    @Test
    void theCountsTheOldestPendingRowAndTheNewestParkedAndFailedRowsAreReported() {
        pendingRowOfYesterday();
        List<String> parked = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < WRITTEN; i++) {
            parked.add(parkedRow(i));
            failed.add(failedEntry(i));
        }
        succeededEntry();

        MessagingOverview overview = new ServiceMessagingStatus("goods", reader).overview();

        assertThat(overview.getUnavailable()).isEmpty();
        assertThat(overview.getServices()).hasSize(1);
        MessagingReport report = overview.getServices().get(0);
        assertThat(report.getService()).isEqualTo("goods");
        assertThat(report.getReadAt()).isCloseTo(new Date(), 60_000);
        assertThat(report.getOutboxPending()).isPositive();
        assertThat(report.getOutboxParked()).isGreaterThanOrEqualTo(WRITTEN);
        assertThat(report.getConsumerFailed()).isGreaterThanOrEqualTo(WRITTEN);
        // the row of yesterday is pending: whatever is oldest waited at least as long
        assertThat(report.getOldestPendingAgeMillis())
                .isGreaterThanOrEqualTo(Duration.ofDays(1).toMillis());
        assertThat(report.getOldestPendingTime())
                .isBefore(Date.from(Instant.now().minus(Duration.ofHours(23))));
        assertThat(report.getDeadLettersSeen()).isNotNull().isNotNegative();
        assertThat(report.getDeadLetters()).isNotNull();

        assertThat(report.getParked()).extracting(ParkedMessage::getId).containsExactlyElementsOf(newestFirst(parked));
        assertThat(report.getParked().get(0)).satisfies(row -> {
            assertThat(row.getTopic()).isEqualTo("shop-order");
            assertThat(row.getTag()).isEqualTo(tag);
            assertThat(row.getKey()).isEqualTo("order-" + (WRITTEN - 1));
            assertThat(row.getAttempts()).isEqualTo(10);
            assertThat(row.getLastError()).isEqualTo("refused: illegal message");
            assertThat(row.getCreateTime()).isAfter(new Date());
        });
        assertThat(report.getFailed()).extracting(FailedMessage::getKey).containsExactlyElementsOf(newestFirst(failed));
        assertThat(report.getFailed().get(0)).satisfies(entry -> {
            assertThat(entry.getGroup()).isEqualTo("status-test");
            assertThat(entry.getTag()).isEqualTo(tag);
            assertThat(entry.getMessageId()).isEqualTo("broker-" + (WRITTEN - 1));
            assertThat(entry.getTimes()).isEqualTo(16);
            assertThat(entry.getReason()).isEqualTo("IllegalStateException: trade not closed");
            assertThat(entry.getTime()).isAfter(new Date());
        });
    }

    @Test
    void withoutADeadLetterReaderNobodyKnowsHowManyDiedAndARowIsNeverYoungerThanNothing() {
        pendingRowOfYesterday();
        Instant longAgo = Instant.parse("2000-01-01T00:00:00Z");
        MessagingReportReader withoutDeadLetters = new MessagingReportReader(
                outbox,
                consumerLog,
                new DefaultListableBeanFactory().getBeanProvider(DeadLetters.class),
                Clock.fixed(longAgo, ZoneOffset.UTC));

        MessagingReport report = withoutDeadLetters.read("coupon");

        assertThat(report.getService()).isEqualTo("coupon");
        assertThat(report.getReadAt()).isEqualTo(Date.from(longAgo));
        assertThat(report.getDeadLettersSeen()).isNull();
        assertThat(report.getDeadLetters()).isEmpty();
        assertThat(report.getOldestPendingTime()).isNotNull();
        assertThat(report.getOldestPendingAgeMillis()).isZero();
    }

    private static List<String> newestFirst(List<String> written) {
        List<String> newest = new ArrayList<>(written);
        Collections.reverse(newest);
        return newest.subList(0, MessagingReportReader.LISTED);
    }

    /** Held by a relay elsewhere for an hour, so no poller here sends it meanwhile. */
    private void pendingRowOfYesterday() {
        jdbc.update(
                "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body, msg_status,"
                        + " attempts, lease_owner, lease_until, create_time) VALUES (?, 'test', 'shop-order', ?,"
                        + " 'pending', '{}', 0, 0, 'elsewhere', NOW(3) + INTERVAL 1 HOUR, NOW(3) - INTERVAL 1 DAY)",
                UUID.randomUUID().toString(),
                tag);
    }

    /** Dated tomorrow, so they are the newest whatever other tests left. */
    private String parkedRow(int i) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body, msg_status,"
                        + " attempts, last_error, create_time) VALUES (?, 'test', 'shop-order', ?, ?, '{}', 2, 10,"
                        + " 'refused: illegal message', NOW(3) + INTERVAL 1 DAY + INTERVAL ? SECOND)",
                id,
                tag,
                "order-" + i,
                i);
        return id;
    }

    private String failedEntry(int i) {
        String key = "order-" + i;
        jdbc.update(
                "INSERT INTO trade_mq_consumer_log (group_name, msg_tag, msg_key, msg_id, consumer_status,"
                        + " consumer_times, consumer_timestamp, remark) VALUES ('status-test', ?, ?, ?, 2, 16,"
                        + " NOW(3) + INTERVAL 1 DAY + INTERVAL ? SECOND, 'IllegalStateException: trade not closed')",
                tag,
                key,
                "broker-" + i,
                i);
        return key;
    }

    /** Newer than every failure, and not one of them. */
    private void succeededEntry() {
        jdbc.update(
                "INSERT INTO trade_mq_consumer_log (group_name, msg_tag, msg_key, consumer_status, consumer_times,"
                        + " consumer_timestamp) VALUES ('status-test', ?, 'succeeded', 1, 1, NOW(3) + INTERVAL 2 DAY)",
                tag);
    }
}
