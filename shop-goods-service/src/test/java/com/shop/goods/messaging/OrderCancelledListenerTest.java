package com.shop.goods.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.common.messaging.TestMessages;
import com.shop.goods.GoodsServiceTestBase;
import com.shop.goods.application.StockManagement;
import com.shop.pojo.MessageTopics;
import com.shop.pojo.event.OrderCancelled;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** A real OrderCancelled message, delivered twice through the broker, gives the stock back once. */
class OrderCancelledListenerTest extends GoodsServiceTestBase {

    @Autowired
    StockManagement stock;

    @Value("${rocketmq.name-server}")
    String nameServer;

    @Test
    void aDuplicatedCancelRestoresTheStockOnce() throws Exception {
        long goodsId = newGoods(10);
        long orderId = newOrderId();
        stock.reduceStock(orderId, goodsId, 3, PRICE);
        OrderCancelled event = OrderCancelled.builder()
                .orderId(orderId)
                .userId(1L)
                .goodsId(goodsId)
                .goodsNumber(3)
                .reason("test")
                .build();

        try (TestMessages messages = new TestMessages(nameServer, "goods-listener-test")) {
            messages.send(MessageTopics.ORDER, MessageTopics.ORDER_CANCELLED, orderId, event, 2);
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(consumerLogTimes(orderId)).isEqualTo(1));
        Thread.sleep(2_000); // room for the second delivery to arrive and be absorbed
        assertThat(stockOf(goodsId)).isEqualTo(10);
        assertThat(consumerLogTimes(orderId)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT consumer_status FROM trade_mq_consumer_log WHERE msg_key = ?",
                        Integer.class,
                        Long.toString(orderId)))
                .isEqualTo(1);
    }

    private Integer consumerLogTimes(long orderId) {
        return jdbc
                .queryForList(
                        "SELECT consumer_times FROM trade_mq_consumer_log WHERE group_name = ? AND msg_key = ?",
                        Integer.class,
                        OrderCancelledListener.GROUP,
                        Long.toString(orderId))
                .stream()
                .findFirst()
                .orElse(0);
    }
}
