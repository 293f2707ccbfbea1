package com.shop.goods.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.common.messaging.TestMessages;
import com.shop.goods.GoodsServiceTestBase;
import com.shop.goods.support.RecordingPaidOrderHandler;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.PaymentSucceeded;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** A real PaymentSucceeded message, delivered twice through the broker, reaches the paid-order handlers once. */
class PaymentSucceededListenerTest extends GoodsServiceTestBase {

    @Autowired
    RecordingPaidOrderHandler handler;

    @Value("${rocketmq.name-server}")
    String nameServer;

    @Test
    void aDuplicatedPaymentIsHandedToTheHandlersOnce() throws Exception {
        long orderId = newOrderId();
        PaymentSucceeded payment = PaymentSucceeded.builder()
                .payId(orderId + 1)
                .orderId(orderId)
                .userId(7L)
                .payAmount(new BigDecimal("12.50"))
                .transactionId("4200" + orderId)
                .paidAt(new Date())
                .build();

        try (TestMessages messages = new TestMessages(nameServer, "goods-payment-listener-test")) {
            messages.send(MessageTopics.PAY, MessageTopics.PAYMENT_SUCCEEDED, orderId, payment, 2);
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(consumerLog(orderId)).containsEntry("consumer_status", 1));
        Thread.sleep(2_000); // room for the second delivery to arrive and be absorbed
        assertThat(handler.callsFor(orderId)).isEqualTo(1);
        assertThat(consumerLog(orderId)).containsEntry("consumer_times", 1);
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
