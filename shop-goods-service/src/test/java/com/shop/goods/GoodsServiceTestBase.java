package com.shop.goods;

import com.shop.devstack.TestInfrastructure;
import com.shop.goods.support.PaidOrderHandlerTestConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The goods service started for real against ZooKeeper, RocketMQ and MariaDB embedded in the test JVM, with a
 * recording paid-order handler. Every test class extends this one, so they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "dubbo.protocol.port=-1")
@Import(PaidOrderHandlerTestConfiguration.class)
public abstract class GoodsServiceTestBase {

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.shared().springProperties("goods").forEach((key, value) -> registry.add(key, () -> value));
    }

    /** A goods row of the test's own, so tests never share stock. */
    protected long newGoods(int stock) {
        long goodsId = Math.abs(System.nanoTime() % 1_000_000_000L) + 1_000_000L;
        jdbc.update("INSERT INTO trade_goods (goods_id, goods_name, goods_number, goods_price) VALUES (?, ?, ?, 12.50)",
                goodsId, "test goods " + goodsId, stock);
        return goodsId;
    }

    protected int stockOf(long goodsId) {
        return jdbc.queryForObject("SELECT goods_number FROM trade_goods WHERE goods_id = ?", Integer.class, goodsId);
    }

    protected int ledgerSum(long goodsId) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(goods_number), 0) FROM trade_goods_number_log WHERE goods_id = ?",
                Integer.class, goodsId);
    }

    protected static long newOrderId() {
        return Math.abs(System.nanoTime());
    }
}
