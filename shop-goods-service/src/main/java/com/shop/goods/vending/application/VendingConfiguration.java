package com.shop.goods.vending.application;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VendingProperties.class)
class VendingConfiguration {

    /** Lease expiries and dispense deadlines are wall-clock times that other instances compare against theirs. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
