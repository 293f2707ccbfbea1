package com.shop.common.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.shop.common.messaging.MessagingTestBase;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The messages of an order, read from the real outbox and consumer log by the order's key. */
class MessageTrailTest extends MessagingTestBase {

    @Autowired
    MessageTrail trail;

    @Test
    void anOrdersOutboxRowsAndConsumedMessagesAreItsTrail() {
        long orderId = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        String sent = outboxRow("PaymentSucceeded", Long.toString(orderId), 1, null);
        String parked = outboxRow("OrderCancelled", Long.toString(orderId), 2, "refused: illegal message");
        outboxRow("DispenseDue", orderId + ":" + UUID.randomUUID(), 0, null);
        outboxRow("PaymentSucceeded", Long.toString(orderId + 1), 1, null);
        outboxRow("PaymentSucceeded", orderId + "1", 1, null);
        consumerLogRow("order-payment-succeeded", Long.toString(orderId), 1, null);
        consumerLogRow("pay-order-cancelled", Long.toString(orderId), 2, "IllegalStateException: trade not closed");
        consumerLogRow("order-payment-succeeded", Long.toString(orderId + 1), 1, null);

        assertThat(trail.entriesOf(orderId))
                .extracting(TrailEntry::getKind, TrailEntry::getName, TrailEntry::getReason)
                .containsExactlyInAnyOrder(
                        tuple(TrailKind.MESSAGE_SENT, "PaymentSucceeded sent", null),
                        tuple(TrailKind.MESSAGE_SENT, "OrderCancelled parked", "refused: illegal message"),
                        tuple(TrailKind.MESSAGE_SENT, "DispenseDue waiting to be sent", null),
                        tuple(TrailKind.MESSAGE_CONSUMED, "PaymentSucceeded consumed by order-payment-succeeded", null),
                        tuple(
                                TrailKind.MESSAGE_CONSUMED,
                                "OrderCancelled failed in pay-order-cancelled",
                                "IllegalStateException: trade not closed"));
        assertThat(trail.entriesOf(orderId))
                .filteredOn(entry -> entry.getKind() == TrailKind.MESSAGE_SENT)
                .extracting(TrailEntry::getMessageId)
                .contains(sent, parked);
        assertThat(trail.entriesOf(orderId))
                .allSatisfy(entry -> assertThat(entry.getTime()).isNotNull());
    }

    @Test
    void anOrderNobodyWroteAboutHasNoMessages() {
        assertThat(trail.entriesOf(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50)))
                .isEmpty();
    }

    private String outboxRow(String tag, String key, int status, String error) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO trade_mq_producer_temp (id, group_name, msg_topic, msg_tag, msg_key, msg_body, msg_status,"
                        + " attempts, last_error, create_time) VALUES (?, 'test', 'shop-order', ?, ?, '{}', ?, 1, ?,"
                        + " NOW(3))",
                id,
                tag,
                key,
                status,
                error);
        return id;
    }

    private void consumerLogRow(String group, String key, int status, String remark) {
        String tag = group.startsWith("order-") ? "PaymentSucceeded" : "OrderCancelled";
        jdbc.update(
                "INSERT INTO trade_mq_consumer_log (group_name, msg_tag, msg_key, msg_id, consumer_status,"
                        + " consumer_times, consumer_timestamp, remark) VALUES (?, ?, ?, 'broker-id', ?, 1, NOW(3), ?)",
                group,
                tag,
                key,
                status,
                remark);
    }
}
