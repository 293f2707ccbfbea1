package com.shop.order.application;

import com.shop.order.domain.OrderPricing;
import com.shop.order.domain.ShippingFeePolicy;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OrderProperties.class)
class OrderConfiguration {

    @Bean
    OrderPricing orderPricing() {
        return new OrderPricing(new ShippingFeePolicy());
    }

    /** The clock of the order's times: when it was added, confirmed, and when its payment falls due. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
