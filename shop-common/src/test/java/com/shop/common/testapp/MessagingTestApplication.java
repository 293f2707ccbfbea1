package com.shop.common.testapp;

import com.shop.common.web.security.WebSecurityAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A bare service, in a package of its own so that scanning it never picks up shop-common's configuration classes:
 * a database with the goods schema, RocketMQ, and shop-common's messaging auto-configuration. Like a real service it
 * has no bearer-token security (shop-common's tests have Spring Security on their classpath; services do not), and
 * a meter registry of its own where a service has the actuator's.
 */
@SpringBootApplication(exclude = WebSecurityAutoConfiguration.class)
public class MessagingTestApplication {

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
