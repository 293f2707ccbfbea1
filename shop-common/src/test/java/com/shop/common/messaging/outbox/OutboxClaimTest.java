package com.shop.common.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.common.messaging.MessagingTestBase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.rocketmq.spring.core.RocketMQTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Claims on the real database and broker: a row is sent by whoever holds it, never by a round that lost it. */
class OutboxClaimTest extends MessagingTestBase {

    @Autowired
    OutboxMapper mapper;

    @Autowired
    OutboxPoller poller;

    @Autowired
    OutboxWriter writer;

    @Autowired
    OutboxRelay relay;

    @Autowired
    SentMarks sentMarks;

    @Autowired
    OutboxProperties properties;

    @Autowired
    RocketMQTemplate rocketMq;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DataSource dataSource;

    @Test
    void aRowIsWrittenClaimedByTheAfterCommitRelayInTheTransactionThatCommitsIt() {
        String key = "claimed-" + UUID.randomUUID();

        Map<String, Object> written = transaction.execute(status -> {
            writer.append("shop-order", "OutboxClaimTest", key, Map.of("k", key));
            return new JdbcTemplate(dataSource)
                    .queryForMap(
                            "SELECT lease_owner,"
                                    + " lease_until > NOW(3) + INTERVAL 7 SECOND AS held FROM trade_mq_producer_temp WHERE msg_key = ?",
                            key);
        });

        assertThat(written.get("lease_owner")).isEqualTo(relay.afterCommitOwner());
        assertThat(((Number) written.get("held")).intValue()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(key) == OutboxMessage.SENT);
    }

    @Test
    void aRowTheSaturatedRelayCannotTakeIsReleasedForThePoller() {
        ExecutorService saturated = Executors.newSingleThreadExecutor();
        saturated.shutdown();
        OutboxRelay busyRelay = new OutboxRelay(
                rocketMq.getProducer(), mapper, sentMarks, saturated, properties, new SimpleMeterRegistry());
        OutboxMessage row = OutboxMessage.builder()
                .id(UUID.randomUUID().toString())
                .groupName("test")
                .topic("shop-order")
                .tag("OutboxClaimTest")
                .messageKey("released-" + UUID.randomUUID())
                .body("{}")
                .build();
        mapper.insert(row, busyRelay.afterCommitOwner(), properties.getLease().toMillis());

        busyRelay.relayAsync(row, System.nanoTime());

        assertThat(jdbc.queryForObject(
                        "SELECT lease_owner FROM trade_mq_producer_temp WHERE id = ?", String.class, row.getId()))
                .isNull();
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(row.getMessageKey()) == OutboxMessage.SENT);
    }

    private int statusOf(String key) {
        return jdbc
                .queryForList("SELECT msg_status FROM trade_mq_producer_temp WHERE msg_key = ?", Integer.class, key)
                .stream()
                .findFirst()
                .orElse(-1);
    }

    @Test
    void aRoundThatOutlivedItsLeaseSendsNoneOfTheRowsAnotherRoundTook() {
        // a round leased these rows and then took longer than its lease (a slow broker), so the scheduled poller took
        // them meanwhile
        String stale = "stale-" + UUID.randomUUID();
        List<String> ids =
                IntStream.range(0, 3).mapToObj(i -> insertLeasedTo(stale)).toList();
        List<OutboxMessage> rows = ids.stream().map(mapper::findById).toList();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ids.stream().allMatch(id -> mapper.findById(id).getStatus() == OutboxMessage.SENT));

        assertThat(poller.relayLeased(stale, rows)).isZero();
    }

    private String insertLeasedTo(String owner) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body, msg_status,"
                        + " attempts, lease_owner, lease_until, create_time) VALUES (?, 'test', 'shop-order', 'OutboxClaimTest', ?,"
                        + " '{}', 0, 0, ?, NOW(3) - INTERVAL 1 SECOND, NOW(3) - INTERVAL 1 MINUTE)",
                id,
                id,
                owner);
        return id;
    }
}
