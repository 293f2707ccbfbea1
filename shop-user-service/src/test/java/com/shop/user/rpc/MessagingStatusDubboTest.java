package com.shop.user.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.api.MessagingStatus;
import com.shop.api.ServiceGroups;
import com.shop.api.ServiceVersions;
import com.shop.pojo.messaging.MessagingOverview;
import com.shop.user.UserServiceTestBase;
import java.util.UUID;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The user service's messaging backlog, asked of its own group over Dubbo: read from its own database. */
class MessagingStatusDubboTest extends UserServiceTestBase {

    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.USER,
            scope = "remote",
            check = false,
            timeout = 5000)
    MessagingStatus status;

    private final String id = UUID.randomUUID().toString();

    @AfterEach
    void removeRow() {
        jdbc.update("DELETE FROM trade_mq_producer_temp WHERE id = ?", id);
    }

    @Test
    void itsReportIsNamedForItAndListsItsNewestParkedRow() {
        // dated tomorrow, so it is the newest parked row whatever other tests left
        jdbc.update(
                "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body, msg_status,"
                        + " attempts, last_error, create_time) VALUES (?, 'test', 'shop-test', 'StatusTest', ?, '{}', 2,"
                        + " 10, 'refused', NOW(3) + INTERVAL 1 DAY)",
                id,
                id);

        MessagingOverview overview = status.overview();

        assertThat(overview.getUnavailable()).isEmpty();
        assertThat(overview.getServices()).singleElement().satisfies(report -> {
            assertThat(report.getService()).isEqualTo(ServiceGroups.USER);
            assertThat(report.getReadAt()).isNotNull();
            assertThat(report.getOutboxParked()).isPositive();
            assertThat(report.getParked().get(0).getId()).isEqualTo(id);
            assertThat(report.getParked().get(0).getLastError()).isEqualTo("refused");
        });
    }
}
