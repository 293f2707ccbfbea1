package com.shop.coupon;

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
 * The coupon service started for real against ZooKeeper, RocketMQ and MariaDB embedded in the test JVM. Every Spring
 * test class extends this one, so they share one application context. Tests write only rows of their own (random
 * ids), so they neither meet each other nor touch the demo data.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"server.port=0", "dubbo.protocol.port=-1"})
public abstract class CouponServiceTestBase {

    /** Fixtures and assertions, committed as they are written. */
    protected final JdbcTemplate jdbc = FixtureJdbc.of("shop_coupon");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.shared().springProperties("coupon").forEach((key, value) -> registry.add(key, () -> value));
    }

    /** A fresh id, far above the demo data's. */
    protected static long newId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    /** An unused coupon of the user, of the test's own. */
    protected long newCoupon(long userId) {
        long couponId = newId();
        jdbc.update(
                "INSERT INTO trade_coupon (coupon_id, coupon_price, user_id, is_used) VALUES (?, ?, ?, 0)",
                couponId,
                new BigDecimal("15.00"),
                userId);
        return couponId;
    }

    /** The order holding the coupon, null while it is unused. */
    protected Long holderOf(long couponId) {
        return jdbc.queryForObject("SELECT order_id FROM trade_coupon WHERE coupon_id = ?", Long.class, couponId);
    }

    protected boolean isUsed(long couponId) {
        return jdbc.queryForObject("SELECT is_used FROM trade_coupon WHERE coupon_id = ?", Integer.class, couponId)
                == 1;
    }

    /** The order's ledger as "PHASE:OP:couponId", forward first. */
    protected List<String> ledgerOf(long orderId) {
        return jdbc.queryForList(
                "SELECT CONCAT(phase, ':', op, ':', coupon_id) FROM trade_coupon_log "
                        + "WHERE order_id = ? ORDER BY phase",
                String.class,
                orderId);
    }
}
