package com.shop.goods.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The service's clock in the tests: the system's, unless a test sets it back for a moment. */
@TestConfiguration(proxyBeanMethods = false)
public class AdjustableClockConfiguration {

    @Bean
    @Primary
    AdjustableClock adjustableClock() {
        return new AdjustableClock();
    }
}
