package com.shop.order.application;

import com.shop.order.domain.OrderPricing;
import com.shop.order.domain.ShippingFeePolicy;
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
}
