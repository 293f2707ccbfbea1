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

    /** When a payment falls due is counted from this clock; the broker delivers the reminder by its own. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
