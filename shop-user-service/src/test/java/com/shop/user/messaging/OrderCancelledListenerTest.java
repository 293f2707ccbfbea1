package com.shop.user.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.common.messaging.TestMessages;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import com.shop.user.UserServiceTestBase;
import com.shop.user.application.BalanceManagement;
import com.shop.user.application.PointsAccrual;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Real OrderCancelled messages through the broker, each delivered twice, are applied once: the balance refund and
 * the points revoke each by its own group.
 */
class OrderCancelledListenerTest extends UserServiceTestBase {

    private static final String POINTS_GROUP = OrderCancelledPointsListener.GROUP;
    private static final int FAILED = 2;

    @Autowired
    BalanceManagement balance;

    @Autowired
    PointsAccrual points;

    @Value("${rocketmq.name-server}")
    String nameServer;

    private TestMessages messages;

    @BeforeEach
    void startSender() throws Exception {
        messages = new TestMessages(nameServer, "user-listener-test");
    }

    @AfterEach
    void stopSender() {
        messages.close();
    }

    @Test
    void aDuplicatedCancelRefundsTheBalanceOnce() throws Exception {
        long userId = newUser("100.00");
        long orderId = newId();
        balance.reduceBalance(orderId, userId, new BigDecimal("30.00"));

        // the message's figure is deliberately wrong: the refund is what the money log says was paid
        sendTwice(OrderCancelled.builder()
                .orderId(orderId)
                .userId(userId)
                .goodsId(1001L)
                .goodsNumber(1)
                .moneyPaid(new BigDecimal("999.00"))
                .reason("test")
                .build());

        awaitProcessed(orderId);
        assertThat(balanceOf(userId)).isEqualByComparingTo("100.00");
        assertThat(moneyLogOf(orderId)).containsExactly("FORWARD:1:-30.00", "UNDO:2:30.00");
        assertThat(consumerLog(OrderCancelledListener.GROUP, orderId))
                .containsEntry("consumer_status", 1)
                .containsEntry("consumer_times", 1);
    }

    @Test
    void aCancelThatUsedNoBalanceTouchesNoBalance() throws Exception {
        long userId = newUser("100.00");
        long orderId = newId();

        sendTwice(OrderCancelled.builder()
                .orderId(orderId)
                .userId(userId)
                .goodsId(1001L)
                .goodsNumber(1)
                .moneyPaid(BigDecimal.ZERO)
                .reason("test")
                .build());

        awaitProcessed(orderId);
        assertThat(moneyLogOf(orderId)).isEmpty();
        assertThat(balanceOf(userId)).isEqualByComparingTo("100.00");
    }

    @Test
    void aDuplicatedCancelOfAPaidOrderTakesItsPointsBackOnce() throws Exception {
        long userId = newUser("100.00");
        long orderId = newId();
        points.creditPaidOrder(orderId, userId, new BigDecimal("57.80"));
        points.creditPaidOrder(newId(), userId, new BigDecimal("3.00"));

        sendTwice(OrderCancelled.builder()
                .orderId(orderId)
                .userId(userId)
                .goodsId(1001L)
                .goodsNumber(1)
                .moneyPaid(BigDecimal.ZERO)
                .reason("refunded")
                .build());

        awaitProcessed(orderId);
        assertThat(jdbc.queryForObject("SELECT user_score FROM trade_user WHERE user_id = ?", Integer.class, userId))
                .isEqualTo(3);
        assertThat(scoreLogOf(orderId)).containsExactly("FORWARD:CREDIT:57", "UNDO:REVOKE:-57");
    }

    @Test
    void aFailingPointsRevokeLeavesTheRefundDoneAndIsRetriedAloneUntilItTakesThePointsOnce() throws Exception {
        long userId = newUser("100.00");
        long orderId = newId();
        balance.reduceBalance(orderId, userId, new BigDecimal("30.00"));
        points.creditPaidOrder(orderId, userId, new BigDecimal("57.80"));
        jdbc.update("UPDATE trade_user SET user_score = 0 WHERE user_id = ?", userId); // the 57 points are gone

        messages.send(
                MessageTopics.ORDER,
                MessageTopics.ORDER_CANCELLED,
                orderId,
                OrderCancelled.builder()
                        .orderId(orderId)
                        .userId(userId)
                        .goodsId(1001L)
                        .goodsNumber(1)
                        .moneyPaid(new BigDecimal("30.00"))
                        .reason("refunded")
                        .build(),
                1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(balanceOf(userId)).isEqualByComparingTo("100.00");
            assertThat(consumerLog(POINTS_GROUP, orderId)).containsEntry("consumer_status", FAILED);
        });
        assertThat(scoreLogOf(orderId)).containsExactly("FORWARD:CREDIT:57");

        jdbc.update("UPDATE trade_user SET user_score = 60 WHERE user_id = ?", userId);

        // the broker redelivers a failed message after 10 s, then 30 s
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(
                        () -> assertThat(consumerLog(POINTS_GROUP, orderId)).containsEntry("consumer_status", 1));
        assertThat(scoreLogOf(orderId)).containsExactly("FORWARD:CREDIT:57", "UNDO:REVOKE:-57");
        assertThat(jdbc.queryForObject("SELECT user_score FROM trade_user WHERE user_id = ?", Integer.class, userId))
                .isEqualTo(3);
        assertThat(balanceOf(userId)).isEqualByComparingTo("100.00");
        assertThat(moneyLogOf(orderId)).containsExactly("FORWARD:1:-30.00", "UNDO:2:30.00");
        assertThat(consumerLog(OrderCancelledListener.GROUP, orderId))
                .containsEntry("consumer_status", 1)
                .containsEntry("consumer_times", 1);
    }

    private void sendTwice(OrderCancelled event) throws Exception {
        messages.send(MessageTopics.ORDER, MessageTopics.ORDER_CANCELLED, event.getOrderId(), event, 2);
    }

    private void awaitProcessed(long orderId) throws InterruptedException {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(consumerLog(OrderCancelledListener.GROUP, orderId)).containsEntry("consumer_status", 1);
            assertThat(consumerLog(POINTS_GROUP, orderId)).containsEntry("consumer_status", 1);
        });
        Thread.sleep(2_000); // room for the second delivery to arrive and be absorbed
    }

    private Map<String, Object> consumerLog(String group, long orderId) {
        return jdbc
                .queryForList(
                        "SELECT consumer_status, consumer_times FROM trade_mq_consumer_log "
                                + "WHERE group_name = ? AND msg_tag = ? AND msg_key = ?",
                        group,
                        MessageTopics.ORDER_CANCELLED,
                        Long.toString(orderId))
                .stream()
                .findFirst()
                .orElse(Map.of());
    }

    private List<String> scoreLogOf(long orderId) {
        return jdbc.queryForList(
                "SELECT CONCAT(phase, ':', op, ':', score) FROM trade_user_score_log "
                        + "WHERE order_id = ? ORDER BY phase",
                String.class,
                orderId);
    }
}
