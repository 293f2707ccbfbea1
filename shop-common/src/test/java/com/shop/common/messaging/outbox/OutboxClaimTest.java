package com.shop.common.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.common.messaging.MessagingTestBase;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Claims on the real database and broker: a row is sent by whoever holds it, never by a round that lost it. */
class OutboxClaimTest extends MessagingTestBase {

    @Autowired
    OutboxMapper mapper;
    @Autowired
    OutboxPoller poller;

    @Test
    void aRoundThatOutlivedItsLeaseSendsNoneOfTheRowsAnotherRoundTook() {
        // a round leased these rows and then took longer than its lease (a slow broker), so the scheduled poller took
        // them meanwhile
        String stale = "stale-" + UUID.randomUUID();
        List<String> ids = IntStream.range(0, 3).mapToObj(i -> insertLeasedTo(stale)).toList();
        List<OutboxMessage> rows = ids.stream().map(mapper::findById).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream()
                .allMatch(id -> mapper.findById(id).getStatus() == OutboxMessage.SENT));

        assertThat(poller.relayLeased(stale, rows)).isZero();
    }

    private String insertLeasedTo(String owner) {
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body, msg_status,"
                + " attempts, lease_owner, lease_until, create_time) VALUES (?, 'test', 'shop-order', 'OutboxClaimTest', ?,"
                + " '{}', 0, 0, ?, NOW(3) - INTERVAL 1 SECOND, NOW(3) - INTERVAL 1 MINUTE)", id, id, owner);
        return id;
    }
}
