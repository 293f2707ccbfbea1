package com.shop.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The scheduled purge on the real database: what is older than the retention (7 days) and done goes, five rows a
 * statement in these tests; what is younger, or not done, stays.
 */
class MessagingPurgeTest extends MessagingTestBase {

    private static final int SENT = 1;
    private static final int PARKED = 2;
    private static final int SUCCEEDED = 1;
    private static final int FAILED = 2;

    @Test
    void sentOutboxRowsOlderThanTheRetentionAreDeleted() {
        String tag = "purge-" + UUID.randomUUID();
        for (int i = 0; i < 12; i++) {
            outboxRow(tag, SENT, 8);
        }
        String young = outboxRow(tag, SENT, 6);
        String parked = outboxRow(tag, PARKED, 30);

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        jdbc.queryForList("SELECT id FROM trade_mq_producer_temp WHERE msg_tag = ?", String.class, tag)
                                        .size()
                                == 2);
        assertThat(jdbc.queryForList("SELECT id FROM trade_mq_producer_temp WHERE msg_tag = ?", String.class, tag))
                .containsExactlyInAnyOrder(young, parked);
    }

    @Test
    void handledMessagesOlderThanTheRetentionLeaveTheConsumerLog() {
        String group = "purge-" + UUID.randomUUID();
        for (int i = 0; i < 12; i++) {
            consumerLogRow(group, SUCCEEDED, 8);
        }
        String young = consumerLogRow(group, SUCCEEDED, 6);
        String failed = consumerLogRow(group, FAILED, 30);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForList(
                                        "SELECT msg_key FROM trade_mq_consumer_log WHERE group_name = ?",
                                        String.class,
                                        group)
                                .size()
                        == 2);
        assertThat(jdbc.queryForList(
                        "SELECT msg_key FROM trade_mq_consumer_log WHERE group_name = ?", String.class, group))
                .containsExactlyInAnyOrder(young, failed);
    }

    private String outboxRow(String tag, int status, int daysAgo) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body, msg_status,"
                        + " attempts, create_time, sent_time) VALUES (?, 'test', 'shop-order', ?, ?, '{}', ?, 1,"
                        + " NOW(3) - INTERVAL ? DAY, IF(? = 1, NOW(3) - INTERVAL ? DAY, NULL))",
                id,
                tag,
                id,
                status,
                daysAgo,
                status,
                daysAgo);
        return id;
    }

    private String consumerLogRow(String group, int status, int daysAgo) {
        String key = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO trade_mq_consumer_log (group_name, msg_tag, msg_key, consumer_status, consumer_times,"
                        + " consumer_timestamp) VALUES (?, 'Purge', ?, ?, 1, NOW(3) - INTERVAL ? DAY)",
                group,
                key,
                status,
                daysAgo);
        return key;
    }
}
