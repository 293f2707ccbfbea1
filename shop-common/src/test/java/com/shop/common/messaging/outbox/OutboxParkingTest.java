package com.shop.common.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.common.messaging.MessagingTestBase;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A row the broker never takes on the real database and broker: parked with its error after a few attempts. */
class OutboxParkingTest extends MessagingTestBase {

    private static final int PARKED = 2;

    @Autowired
    OutboxMapper mapper;

    @Test
    void aRowThatKeepsBeingRefusedIsParkedWithItsErrorAndNoLongerTried() throws Exception {
        // the client refuses a message with an empty body, every time (shop.outbox.max-attempts=3 in these tests)
        String id = insertPending("");

        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(id) == PARKED);
        assertThat(attemptsOf(id)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT last_error FROM trade_mq_producer_temp WHERE id = ?", String.class, id))
                .contains("body length is zero");

        // several poll rounds and back-offs later it is still where it was parked
        Thread.sleep(3_000);
        assertThat(statusOf(id)).isEqualTo(PARKED);
        assertThat(attemptsOf(id)).isEqualTo(3);
    }

    @Test
    void aParkedRowIsCountedAndSentOnceReArmed() {
        String id = insertPending("");
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(id) == PARKED);
        assertThat(mapper.countParked()).isPositive();

        // whatever made the broker refuse it is fixed
        jdbc.update("UPDATE trade_mq_producer_temp SET msg_body = '{}' WHERE id = ?", id);
        assertThat(mapper.rearm(id)).isEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(id) == OutboxMessage.SENT);
        assertThat(mapper.rearm(id)).isZero();
    }

    private String insertPending(String body) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body, msg_status,"
                        + " attempts, create_time) VALUES (?, 'test', 'shop-order', 'OutboxParkingTest', ?, ?, 0, 0,"
                        + " NOW(3) - INTERVAL 1 MINUTE)",
                id,
                id,
                body);
        return id;
    }

    private int statusOf(String id) {
        return jdbc.queryForObject("SELECT msg_status FROM trade_mq_producer_temp WHERE id = ?", Integer.class, id);
    }

    private int attemptsOf(String id) {
        return jdbc.queryForObject("SELECT attempts FROM trade_mq_producer_temp WHERE id = ?", Integer.class, id);
    }
}
