package com.shop.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.ApplicationContext;

/** The messaging backlog in the health, on the real database: shown in the details, never taking the service down. */
class MessagingHealthTest extends MessagingTestBase {

    private final String tag = "health-" + UUID.randomUUID();

    @Autowired
    ApplicationContext context;

    @AfterEach
    void removeRows() {
        jdbc.update("DELETE FROM trade_mq_producer_temp WHERE msg_tag = ?", tag);
        jdbc.update("DELETE FROM trade_mq_consumer_log WHERE msg_tag = ?", tag);
    }

    @Test
    void aBacklogIsReportedWhileTheServiceStaysUp() {
        // pending, held by a relay elsewhere for an hour; parked; and a message its consumer failed on
        outboxRow(0, "NOW(3) + INTERVAL 1 HOUR");
        outboxRow(2, "NULL");
        jdbc.update(
                "INSERT INTO trade_mq_consumer_log (group_name, msg_tag, msg_key, consumer_status, consumer_times,"
                        + " consumer_timestamp, remark) VALUES ('health-test', ?, ?, 2, 1, NOW(3), 'refused')",
                tag,
                tag);

        Health health = context.getBean("messagingHealthIndicator", HealthIndicator.class)
                .health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat((Long) health.getDetails().get("outboxPending")).isPositive();
        assertThat((Long) health.getDetails().get("outboxParked")).isPositive();
        assertThat((Long) health.getDetails().get("consumerFailed")).isPositive();
        assertThat(health.getDetails()).containsKey("deadLetters");
        assertThat(health.getDetails().get("attention").toString()).contains("parked");
    }

    private void outboxRow(int status, String leaseUntil) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body, msg_status,"
                        + " attempts, last_error, lease_owner, lease_until, create_time) VALUES (?, 'test', 'shop-order', ?, ?, '{}',"
                        + " ?, 1, 'refused', 'elsewhere', " + leaseUntil + ", NOW(3))",
                id,
                tag,
                id,
                status);
    }
}
