package com.shop.user.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.common.messaging.TestMessages;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.PaymentSucceeded;
import com.shop.user.UserServiceTestBase;
import com.shop.user.application.UserAccounts;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Real PaymentSucceeded messages through the broker, each delivered twice, credit the order's points once. */
class PaymentSucceededListenerTest extends UserServiceTestBase {

    @Autowired
    UserAccounts accounts;

    @Value("${rocketmq.name-server}")
    String nameServer;

    private TestMessages messages;

    @BeforeEach
    void startSender() throws Exception {
        messages = new TestMessages(nameServer, "user-payment-listener-test");
    }

    @AfterEach
    void stopSender() {
        messages.close();
    }

    @Test
    void aDuplicatedPaymentCreditsItsPointsOnce() throws Exception {
        long userId = newUser("0.00");
        long orderId = newId();

        sendTwice(payment(orderId, userId, "108.00"));

        awaitProcessed(orderId);
        assertThat(accounts.getUser(userId).getUserScore()).isEqualTo(108);
        assertThat(scoreLog(orderId)).containsEntry("user_id", userId).containsEntry("score", 108);
        assertThat(consumerLog(orderId)).containsEntry("consumer_status", 1).containsEntry("consumer_times", 1);
    }

    @Test
    void pointsOfSeveralOrdersAddUpAndFractionsAreDropped() throws Exception {
        long userId = newUser("0.00");
        long first = newId();
        long second = newId();

        sendTwice(payment(first, userId, "99.99"));
        sendTwice(payment(second, userId, "0.50"));

        awaitProcessed(first);
        awaitProcessed(second);
        assertThat(accounts.getUser(userId).getUserScore()).isEqualTo(99);
        assertThat(scoreLog(second)).containsEntry("score", 0);
    }

    private static PaymentSucceeded payment(long orderId, long userId, String amount) {
        return PaymentSucceeded.builder()
                .payId(orderId + 1)
                .orderId(orderId)
                .userId(userId)
                .payAmount(new BigDecimal(amount))
                .transactionId("42000" + orderId)
                .paidAt(new Date())
                .build();
    }

    private void sendTwice(PaymentSucceeded payment) throws Exception {
        messages.send(MessageTopics.PAY, MessageTopics.PAYMENT_SUCCEEDED, payment.getOrderId(), payment, 2);
    }

    private void awaitProcessed(long orderId) throws InterruptedException {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(consumerLog(orderId)).containsEntry("consumer_status", 1));
        Thread.sleep(2_000); // room for the second delivery to arrive and be absorbed
    }

    private Map<String, Object> scoreLog(long orderId) {
        return jdbc.queryForMap("SELECT user_id, score FROM trade_user_score_log WHERE order_id = ?", orderId);
    }

    private Map<String, Object> consumerLog(long orderId) {
        return jdbc
                .queryForList(
                        "SELECT consumer_status, consumer_times FROM trade_mq_consumer_log "
                                + "WHERE group_name = ? AND msg_tag = ? AND msg_key = ?",
                        PaymentSucceededListener.GROUP,
                        MessageTopics.PAYMENT_SUCCEEDED,
                        Long.toString(orderId))
                .stream()
                .findFirst()
                .orElse(Map.of());
    }
}
