package com.shop.coupon.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.common.messaging.TestMessages;
import com.shop.coupon.CouponServiceTestBase;
import com.shop.coupon.application.CouponRedemption;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Real OrderCancelled messages through the broker, each delivered twice, are applied once. */
class OrderCancelledListenerTest extends CouponServiceTestBase {

    @Autowired
    CouponRedemption redemption;

    @Value("${rocketmq.name-server}")
    String nameServer;

    private TestMessages messages;

    @BeforeEach
    void startSender() throws Exception {
        messages = new TestMessages(nameServer, "coupon-listener-test");
    }

    @AfterEach
    void stopSender() {
        messages.close();
    }

    @Test
    void aDuplicatedCancelReleasesTheCouponOnce() throws Exception {
        long userId = newId();
        long couponId = newCoupon(userId);
        long orderId = newId();
        redemption.useCoupon(orderId, userId, couponId);

        sendTwice(OrderCancelled.builder()
                .orderId(orderId)
                .userId(userId)
                .goodsId(1001L)
                .goodsNumber(1)
                .couponId(couponId)
                .moneyPaid(BigDecimal.ZERO)
                .reason("test")
                .build());

        awaitProcessed(orderId);
        assertThat(isUsed(couponId)).isFalse();
        assertThat(holderOf(couponId)).isNull();
        assertThat(ledgerOf(orderId)).containsExactly("FORWARD:USE:" + couponId, "UNDO:RELEASE:" + couponId);
        assertThat(consumerLog(orderId)).containsEntry("consumer_status", 1).containsEntry("consumer_times", 1);
    }

    @Test
    void aCancelWithoutCouponTouchesNoCoupon() throws Exception {
        long orderId = newId();

        sendTwice(OrderCancelled.builder()
                .orderId(orderId)
                .userId(newId())
                .goodsId(1001L)
                .goodsNumber(1)
                .reason("test")
                .build());

        awaitProcessed(orderId);
        assertThat(ledgerOf(orderId)).isEmpty();
    }

    private void sendTwice(OrderCancelled event) throws Exception {
        messages.send(MessageTopics.ORDER, MessageTopics.ORDER_CANCELLED, event.getOrderId(), event, 2);
    }

    private void awaitProcessed(long orderId) throws InterruptedException {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(consumerLog(orderId)).containsEntry("consumer_status", 1));
        Thread.sleep(2_000); // room for the second delivery to arrive and be absorbed
    }

    private Map<String, Object> consumerLog(long orderId) {
        return jdbc
                .queryForList(
                        "SELECT consumer_status, consumer_times FROM trade_mq_consumer_log "
                                + "WHERE group_name = ? AND msg_tag = ? AND msg_key = ?",
                        OrderCancelledListener.GROUP,
                        MessageTopics.ORDER_CANCELLED,
                        Long.toString(orderId))
                .stream()
                .findFirst()
                .orElse(Map.of());
    }
}
