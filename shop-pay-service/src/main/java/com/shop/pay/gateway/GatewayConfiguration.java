package com.shop.pay.gateway;

import com.shop.pay.domain.PaymentGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WechatPayProperties.class)
class GatewayConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PaymentGateway paymentGateway(WechatPayProperties properties) {
        return new WechatPayClient(properties);
    }
}
