package com.shop.pay;

import com.shop.devstack.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The pay service started for real against ZooKeeper, RocketMQ and MariaDB embedded in the test JVM. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "dubbo.protocol.port=-1")
public abstract class PayServiceTestBase {

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.springProperties("pay").forEach((key, value) -> registry.add(key, () -> value));
    }
}
