package com.shop.user;

import com.shop.common.testing.FixtureJdbc;
import com.shop.infra.TestInfrastructure;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The user service started for real against ZooKeeper, RocketMQ and MariaDB embedded in the test JVM. Every Spring
 * test class extends this one, so they share one application context. Tests write only rows of their own (random
 * ids), so they neither meet each other nor touch the demo users.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"server.port=0", "dubbo.protocol.port=-1"})
public abstract class UserServiceTestBase {

    /** BCrypt of "shop-demo", the demo users' password. */
    protected static final String DEMO_PASSWORD_HASH = "$2a$10$8agBL9qdZbzr/drnH5egyu2qEuqfI4kR6qEOX5arMXLq0GHQ0Xz4u";

    /** Fixtures and assertions, committed as they are written. */
    protected final JdbcTemplate jdbc = FixtureJdbc.of("shop_user");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.shared().springProperties("user").forEach((key, value) -> registry.add(key, () -> value));
    }

    /** A fresh id, far above the demo data's. */
    protected static long newId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    /** A user of the test's own with this balance. */
    protected long newUser(String balance) {
        long userId = newId();
        jdbc.update(
                "INSERT INTO trade_user (user_id, user_name, user_password, user_money) VALUES (?, ?, ?, ?)",
                userId,
                "test-" + userId,
                DEMO_PASSWORD_HASH,
                new BigDecimal(balance));
        return userId;
    }

    protected BigDecimal balanceOf(long userId) {
        return jdbc.queryForObject("SELECT user_money FROM trade_user WHERE user_id = ?", BigDecimal.class, userId);
    }

    /** What the money log says happened to the user's balance. */
    protected BigDecimal moneyLogSum(long userId) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(use_money), 0) FROM trade_user_money_log WHERE user_id = ?",
                BigDecimal.class,
                userId);
    }

    /** The order's money log as "PHASE:type:use_money", forward first. */
    protected List<String> moneyLogOf(long orderId) {
        return jdbc.queryForList(
                "SELECT CONCAT(phase, ':', money_log_type, ':', use_money) FROM trade_user_money_log "
                        + "WHERE order_id = ? ORDER BY phase",
                String.class,
                orderId);
    }
}
