package com.shop.order;

import com.shop.devstack.TestInfrastructure;
import com.shop.order.support.ObservedOrderEvents;
import com.shop.order.support.Participants;
import com.shop.order.support.ServiceTestConfiguration;
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
 * scripted goods, coupon and user providers. Every Spring test class extends this one, so they share one context.
 *
 * <p>Orders are swept after 5 s here (60 s in production) so the sweeper can be watched at work; tests that leave
 * an order unconfirmed on purpose finish with it well before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "server.port=0",
        "dubbo.protocol.port=-1",
        "shop.order.unconfirmed-timeout=5s",
        "shop.order.sweep-interval=500ms"})
@Import(ServiceTestConfiguration.class)
public abstract class OrderServiceTestBase {

    @Autowired
    protected JdbcTemplate jdbc;
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

    /** 0 pending, 1 sent (the broker answered SEND_OK); null when the order announced nothing. */
    protected Integer outboxStatus(long orderId) {
        return jdbc.queryForList("SELECT msg_status FROM trade_mq_producer_temp WHERE msg_key = ?", Integer.class,
                Long.toString(orderId)).stream().findFirst().orElse(null);
    }

    protected int outboxRows(long orderId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM trade_mq_producer_temp WHERE msg_key = ?", Integer.class,
                Long.toString(orderId));
    }
}
