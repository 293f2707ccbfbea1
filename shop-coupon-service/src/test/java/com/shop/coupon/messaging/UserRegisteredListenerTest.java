package com.shop.coupon.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.common.messaging.TestMessages;
import com.shop.coupon.CouponServiceTestBase;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.UserRegistered;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Real UserRegistered messages through the broker, each delivered twice, issue one welcome coupon. */
class UserRegisteredListenerTest extends CouponServiceTestBase {

    @Value("${rocketmq.name-server}")
    String nameServer;

    private TestMessages messages;

    @BeforeEach
    void startSender() throws Exception {
        messages = new TestMessages(nameServer, "coupon-user-registered-test");
    }

    @AfterEach
    void stopSender() {
        messages.close();
    }

    @Test
    void aDuplicatedAnnouncementIssuesOneWelcomeCoupon() throws Exception {
        long userId = newId();

        messages.send(
                MessageTopics.USER,
                MessageTopics.USER_REGISTERED,
                userId,
                UserRegistered.builder()
                        .userId(userId)
                        .userName("new-" + userId)
                        .build(),
                2);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(consumerLog(userId)).containsEntry("consumer_status", 1));
        Thread.sleep(2_000); // room for the second delivery to arrive and be absorbed
        List<Map<String, Object>> coupons = jdbc.queryForList(
                "SELECT coupon_price, is_used, order_id, issued_for" + " FROM trade_coupon WHERE user_id = ?", userId);
        assertThat(coupons).singleElement().satisfies(coupon -> {
            assertThat((BigDecimal) coupon.get("coupon_price")).isEqualByComparingTo("5.00");
            assertThat(coupon.get("is_used")).isEqualTo(0);
            assertThat(coupon.get("order_id")).isNull();
            assertThat(coupon.get("issued_for")).isEqualTo("welcome:" + userId);
        });
        assertThat(consumerLog(userId)).containsEntry("consumer_times", 1);
    }

    @Test
    void anAnnouncementHeardAgainAfterItsLogWasPurgedIssuesNoSecondCoupon() throws Exception {
        long userId = newId();
        UserRegistered event = UserRegistered.builder()
                .userId(userId)
                .userName("new-" + userId)
                .build();
        messages.send(MessageTopics.USER, MessageTopics.USER_REGISTERED, userId, event, 1);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(consumerLog(userId)).containsEntry("consumer_status", 1));

        jdbc.update(
                "DELETE FROM trade_mq_consumer_log WHERE group_name = ? AND msg_key = ?",
                UserRegisteredListener.GROUP,
                Long.toString(userId));
        messages.send(MessageTopics.USER, MessageTopics.USER_REGISTERED, userId, event, 1);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(consumerLog(userId)).containsEntry("consumer_status", 1));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trade_coupon WHERE user_id = ?", Integer.class, userId))
                .isEqualTo(1);
    }

    private Map<String, Object> consumerLog(long userId) {
        return jdbc
                .queryForList(
                        "SELECT consumer_status, consumer_times FROM trade_mq_consumer_log "
                                + "WHERE group_name = ? AND msg_tag = ? AND msg_key = ?",
                        UserRegisteredListener.GROUP,
                        MessageTopics.USER_REGISTERED,
                        Long.toString(userId))
                .stream()
                .findFirst()
                .orElse(Map.of());
    }
}
