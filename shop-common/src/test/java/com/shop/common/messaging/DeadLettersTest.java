package com.shop.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.common.messaging.deadletter.DeadLetter;
import com.shop.common.messaging.deadletter.DeadLetterReplay;
import com.shop.common.messaging.deadletter.DeadLetters;
import com.shop.common.messaging.status.MessagingReportReader;
import com.shop.common.testapp.RefusingListener;
import com.shop.infra.TestInfrastructure;
import com.shop.pojo.event.OrderCancelled;
import com.shop.pojo.messaging.MessagingReport;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Dead letters on the real broker: read from the group's dead-letter queue, counted, and replayed to the group. */
class DeadLettersTest extends MessagingTestBase {

    @Autowired
    DeadLetters deadLetters;

    @Autowired
    DeadLetterReplay replay;

    @Autowired
    MessagingReportReader report;

    @Test
    void aMessageThatAlwaysFailsIsReadFromTheDeadLetterQueueWithItsErrorAndReplayedToItsGroup() throws Exception {
        long orderId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        String key = Long.toString(orderId);
        RefusingListener.REFUSED.add(key);
        long before = deadLetters.seen();

        try (TestMessages messages = new TestMessages(
                TestInfrastructure.springProperties("goods").get("rocketmq.name-server"), "dead-letters-test")) {
            messages.send(
                    "shop-order",
                    RefusingListener.TAG,
                    orderId,
                    OrderCancelled.builder().orderId(orderId).build(),
                    1);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> deadLetter(key).isPresent());
        DeadLetter letter = deadLetter(key).orElseThrow();
        assertThat(letter.group()).isEqualTo(RefusingListener.GROUP);
        assertThat(letter.topic()).isEqualTo("shop-order");
        assertThat(letter.tags()).isEqualTo(RefusingListener.TAG);
        assertThat(letter.reason()).contains("refused by the test");
        assertThat(deadLetters.seen()).isGreaterThan(before);
        assertThat(deadLetters.seenByGroup()).containsKey(RefusingListener.GROUP);
        assertTheReportShows(letter);

        // the cause is fixed: the group gets the message again and applies it
        RefusingListener.REFUSED.remove(key);
        replay.replay(RefusingListener.GROUP, letter.messageId());
        await().atMost(Duration.ofSeconds(60)).until(() -> RefusingListener.APPLIED.contains(key));
    }

    /** Operators see the dead letter in the service's messaging report, as the reader saw it. */
    private void assertTheReportShows(DeadLetter letter) {
        MessagingReport read = report.read("goods");
        assertThat(read.getDeadLettersSeen()).isPositive();
        assertThat(read.getDeadLetters())
                .filteredOn(seen -> letter.keys().equals(seen.getKeys()))
                .singleElement()
                .satisfies(seen -> {
                    assertThat(seen.getGroup()).isEqualTo(RefusingListener.GROUP);
                    assertThat(seen.getTopic()).isEqualTo("shop-order");
                    assertThat(seen.getTags()).isEqualTo(RefusingListener.TAG);
                    assertThat(seen.getMessageId()).isEqualTo(letter.messageId());
                    assertThat(seen.getOriginMessageId()).isEqualTo(letter.originMessageId());
                    assertThat(seen.getDeliveries()).isEqualTo(letter.deliveries());
                    assertThat(seen.getReason()).contains("refused by the test");
                    assertThat(seen.getStoredAt().toInstant()).isEqualTo(letter.storedAt());
                });
    }

    private Optional<DeadLetter> deadLetter(String key) {
        return deadLetters.recent().stream()
                .filter(letter -> key.equals(letter.keys()))
                .findFirst();
    }
}
