package com.shop.order.rpc;

import com.shop.api.CouponService;
import com.shop.api.GoodsService;
import com.shop.api.ServiceVersions;
import com.shop.api.UserService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The services the confirmation saga calls. Never retried by Dubbo: a retried write whose first attempt only timed
 * out would run twice; the saga cancels instead, and the steps are idempotent on the order id anyway.
 */
@Configuration(proxyBeanMethods = false)
class RemoteServices {

    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = 3000, retries = 0, check = false)
    ReferenceBean<GoodsService> goodsService() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = 3000, retries = 0, check = false)
    ReferenceBean<CouponService> couponService() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = 3000, retries = 0, check = false)
    ReferenceBean<UserService> userService() {
        return new ReferenceBean<>();
    }
}
