package com.shop.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.api.MessagingStatus;
import com.shop.pojo.messaging.MessagingOverview;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every service's {@link MessagingStatus} must do, asked over Dubbo of the service's own group: name itself and
 * read its own outbox. Each service's test holds the reference (its group is an annotation's constant) and calls this.
 */
public final class MessagingStatusCheck {

    private MessagingStatusCheck() {}

    /** A parked row planted in the service's outbox is its newest parked row in the report it answers. */
    public static void reportsItsOwnNewestParkedRow(MessagingStatus status, JdbcTemplate jdbc, String group) {
        String id = UUID.randomUUID().toString();
        // dated tomorrow, so it is the newest parked row whatever other tests left
        jdbc.update(
                "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body, msg_status,"
                        + " attempts, last_error, create_time) VALUES (?, 'test', 'shop-test', 'StatusTest', ?, '{}', 2,"
                        + " 10, 'refused', NOW(3) + INTERVAL 1 DAY)",
                id,
                id);
        try {
            MessagingOverview overview = status.overview();

            assertThat(overview.getUnavailable()).isEmpty();
            assertThat(overview.getServices()).singleElement().satisfies(report -> {
                assertThat(report.getService()).isEqualTo(group);
                assertThat(report.getReadAt()).isNotNull();
                assertThat(report.getOutboxParked()).isPositive();
                assertThat(report.getParked().get(0).getId()).isEqualTo(id);
                assertThat(report.getParked().get(0).getLastError()).isEqualTo("refused");
            });
        } finally {
            jdbc.update("DELETE FROM trade_mq_producer_temp WHERE id = ?", id);
        }
    }
}
