package com.shop.pay.rpc;

import com.shop.api.OrderService;
import com.shop.api.ServiceVersions;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The services the pay service calls: it reads orders to learn what is to be paid. */
@Configuration(proxyBeanMethods = false)
class RemoteServices {

    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = 3000, retries = 0, check = false)
    ReferenceBean<OrderService> orderService() {
        return new ReferenceBean<>();
    }
}
