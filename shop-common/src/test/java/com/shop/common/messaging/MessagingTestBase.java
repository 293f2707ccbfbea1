package com.shop.common.messaging;

import com.shop.common.testapp.MessagingTestApplication;
import com.shop.common.testing.FixtureJdbc;
import com.shop.infra.TestInfrastructure;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

// a bare service: no web edge, so no token key; traced as the services are, so every messaging test shares one context
@AutoConfigureObservability
@SpringBootTest(
        classes = MessagingTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.application.name=messaging-test",
            "spring.flyway.locations=classpath:db/migration/messaging,classpath:db/migration/goods",
            "shop.outbox.poll-interval=500ms",
            "shop.outbox.grace=1s",
            // a claim written with its row is used as it is for 2 s (lease less two send timeouts), renewed after that
            "shop.outbox.lease=8s",
            "shop.outbox.max-backoff=2s",
            "shop.outbox.max-attempts=3",
            "shop.messaging.purge-interval=1s",
            "shop.messaging.purge-batch-size=5"
        })
public abstract class MessagingTestBase {

    /** Fixtures and assertions, committed as they are written. */
    protected final JdbcTemplate jdbc = FixtureJdbc.of("shop_goods");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.springProperties("goods").forEach((key, value) -> registry.add(key, () -> value));
    }
}
