package com.shop.order;

import com.shop.common.testing.FixtureJdbc;
import com.shop.infra.TestInfrastructure;
import com.shop.order.support.ObservedOrderEvents;
import com.shop.order.support.Participants;
import com.shop.order.support.ServiceTestConfiguration;
import com.shop.pojo.MessageTopics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The order service started for real against ZooKeeper, RocketMQ and MariaDB embedded in the test JVM, with
 * fake goods, coupon, user and pay providers. Every Spring test class extends this one, so they share one context.
 *
 * <p>Orders are swept after 25 s here (60 s in production), just above what callers wait for a confirmation, so the
 * sweeper can be watched at work; tests that leave an order unconfirmed on purpose finish with it well before. The
 * goods service is waited for 2 s (3 s in production), so a step that times out is seen sooner.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "server.port=0",
            "dubbo.protocol.port=-1",
            "shop.order.unconfirmed-timeout=25s",
            "shop.order.calls.goods-timeout=2s",
            "shop.order.sweep-interval=500ms",
            "shop.order.payment-timeout=10m",
            "shop.order.payment-sweep-interval=500ms"
        })
@Import(ServiceTestConfiguration.class)
public abstract class OrderServiceTestBase {

    /** Fixtures and assertions, committed as they are written. */
    protected final JdbcTemplate jdbc = FixtureJdbc.of("shop_order");

    @Autowired
    protected Participants participants;

    @Autowired
    protected ObservedOrderEvents observedEvents;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        Map<String, String> properties = TestInfrastructure.springProperties("order");
        properties.forEach((key, value) -> registry.add(key, () -> value));
    }

    /** Ids of the test's own, far from the snowflake ids the service mints, so tests never share rows. */
    protected static long newId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 1_000_000_000_000_000L);
    }

    protected Map<String, Object> orderRow(long orderId) {
        return jdbc.queryForMap("SELECT * FROM trade_order WHERE order_id = ?", orderId);
    }

    protected int orderStatus(long orderId) {
        return jdbc.queryForObject("SELECT order_status FROM trade_order WHERE order_id = ?", Integer.class, orderId);
    }

    /** Of the order's OrderCancelled: 0 pending, 1 sent (the broker answered SEND_OK); null when none was written. */
    protected Integer outboxStatus(long orderId) {
        return outboxStatus(orderId, MessageTopics.ORDER_CANCELLED);
    }

    protected Integer outboxStatus(long orderId, String tag) {
        return jdbc
                .queryForList(
                        "SELECT msg_status FROM trade_mq_producer_temp WHERE msg_key = ? AND msg_tag = ?",
                        Integer.class,
                        Long.toString(orderId),
                        tag)
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** How many OrderCancelled the order wrote. */
    protected int outboxRows(long orderId) {
        return outboxRows(orderId, MessageTopics.ORDER_CANCELLED);
    }

    protected int outboxRows(long orderId, String tag) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM trade_mq_producer_temp WHERE msg_key = ? AND msg_tag = ?",
                Integer.class,
                Long.toString(orderId),
                tag);
    }

    /** The order's timeline events, in the order they were written. */
    protected List<String> timeline(long orderId) {
        return jdbc.queryForList(
                "SELECT event FROM trade_order_log WHERE order_id = ? ORDER BY create_time, event",
                String.class,
                orderId);
    }

    /** The consumer log's row of a group for the order: status (1 succeeded) and times; empty before any delivery. */
    protected Map<String, Object> consumerLog(String group, String tag, long orderId) {
        return jdbc
                .queryForList(
                        "SELECT consumer_status, consumer_times FROM trade_mq_consumer_log "
                                + "WHERE group_name = ? AND msg_tag = ? AND msg_key = ?",
                        group,
                        tag,
                        Long.toString(orderId))
                .stream()
                .findFirst()
                .orElse(Map.of());
    }

    /**
     * A confirmed, unpaid order of the test's own: 2 × 20.00 + 10.00 shipping, coupon 5.00, balance 15.00; its
     * payment falls due in ten minutes.
     */
    protected long insertConfirmedOrder(long userId) {
        return insertConfirmedOrder(userId, 600_000);
    }

    /** The same order, falling due {@code dueInMillis} from now (in the past when negative). */
    protected long insertConfirmedOrder(long userId, long dueInMillis) {
        long orderId = newId();
        jdbc.update("""
                INSERT INTO trade_order (order_id, user_id, order_status, pay_status, shipping_status, address,
                                         consignee, goods_id, goods_number, goods_price, goods_amount, shipping_fee,
                                         order_amount, coupon_id, coupon_paid, money_paid, pay_amount, add_time,
                                         confirm_time, pay_deadline)
                VALUES (?, ?, 1, 0, 0, 'a street', 'someone', 55, 2, 20.00, 40.00, 10.00, 50.00, 66, 5.00, 15.00,
                        30.00, NOW(3), NOW(3), NOW(3) + INTERVAL ? * 1000 MICROSECOND)""", orderId, userId, dueInMillis);
        return orderId;
    }
}
