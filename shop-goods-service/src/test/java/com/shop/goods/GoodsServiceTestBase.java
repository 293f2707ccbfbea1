package com.shop.goods;

import com.shop.common.testing.FixtureJdbc;
import com.shop.goods.support.AdjustableClockConfiguration;
import com.shop.goods.support.PaidOrderHandlerTestConfiguration;
import com.shop.infra.TestInfrastructure;
import com.shop.pojo.MessageTopics;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The goods service started for real against ZooKeeper, RocketMQ (its topics pre-created), MariaDB and an MQTT broker
 * embedded in the test JVM, with a recording paid-order handler and a clock a test may set back. Every test class
 * extends this one, so they share one application context.
 * Dispenses time out after 2 s instead of 60, given up 2 s later still if no answer came.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "dubbo.protocol.port=-1",
            "shop.vending.dispense-timeout=2s",
            "shop.vending.result-grace=2s",
            "shop.vending.mqtt.client-id=goods-service-test",
            // under the folder the test infrastructure empties at each run, like the broker's own store
            "shop.vending.mqtt.state-directory=target/devstack-test/mqtt-client"
        })
@Import({PaidOrderHandlerTestConfiguration.class, AdjustableClockConfiguration.class})
public abstract class GoodsServiceTestBase {

    /** The unit price of every goods {@link #newGoods} creates. */
    protected static final BigDecimal PRICE = new BigDecimal("12.50");

    private static final AtomicInteger MACHINES = new AtomicInteger();

    /** Fixtures and assertions, committed as they are written. */
    protected final JdbcTemplate jdbc = FixtureJdbc.of("shop_goods");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.shared().springProperties("goods").forEach((key, value) -> registry.add(key, () -> value));
    }

    /** A goods row of the test's own, so tests never share stock. */
    protected long newGoods(int stock) {
        long goodsId = Math.abs(System.nanoTime() % 1_000_000_000L) + 1_000_000L;
        jdbc.update(
                "INSERT INTO trade_goods (goods_id, goods_name, goods_number, goods_price) VALUES (?, ?, ?, ?)",
                goodsId,
                "test goods " + goodsId,
                stock,
                PRICE);
        return goodsId;
    }

    protected int stockOf(long goodsId) {
        return jdbc.queryForObject("SELECT goods_number FROM trade_goods WHERE goods_id = ?", Integer.class, goodsId);
    }

    protected int ledgerSum(long goodsId) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(goods_number), 0) FROM trade_goods_number_log WHERE goods_id = ?",
                Integer.class,
                goodsId);
    }

    protected static long newOrderId() {
        return Math.abs(System.nanoTime());
    }

    /** A machine of the test's own, in service and without channels, so tests never share units or leases. */
    protected String newMachine() {
        String innerCode = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + MACHINES.incrementAndGet();
        jdbc.update(
                "INSERT INTO trade_vending_machine (inner_code, address, machine_status) VALUES (?, ?, 1)",
                innerCode,
                "test lobby " + innerCode);
        return innerCode;
    }

    protected void addChannel(String innerCode, String channelCode, long goodsId, String price, int units, int max) {
        jdbc.update(
                "INSERT INTO trade_vending_channel (inner_code, channel_code, goods_id, price, current_capacity, "
                        + "max_capacity) VALUES (?, ?, ?, ?, ?, ?)",
                innerCode,
                channelCode,
                goodsId,
                new BigDecimal(price),
                units,
                max);
    }

    protected int unitsIn(String innerCode, String channelCode) {
        return jdbc.queryForObject(
                "SELECT current_capacity FROM trade_vending_channel WHERE inner_code = ? AND " + "channel_code = ?",
                Integer.class,
                innerCode,
                channelCode);
    }

    /** The order's vending ledger row (status, channel_code, reason), or an empty map. */
    protected Map<String, Object> vendingOrder(long orderId) {
        return jdbc
                .queryForList(
                        "SELECT status, channel_code, reason, command_id FROM trade_vending_order"
                                + " WHERE order_id = ?",
                        orderId)
                .stream()
                .findFirst()
                .orElse(Map.of());
    }

    /** How many messages with this tag and key the goods outbox holds. */
    protected int outboxed(String tag, long orderId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM trade_mq_producer_temp WHERE msg_topic = ? AND msg_tag = ? " + "AND msg_key = ?",
                Integer.class,
                MessageTopics.GOODS,
                tag,
                Long.toString(orderId));
    }
}
