package com.shop.order.rpc;

import com.shop.api.CouponService;
import com.shop.api.GoodsService;
import com.shop.api.PaymentService;
import com.shop.api.ServiceVersions;
import com.shop.api.UserService;
import com.shop.api.VendingService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The services the order service calls. Never retried by Dubbo: a retried write whose first attempt only timed out
 * would run twice; the saga cancels instead, a cancel reports the failure, a timeout reminder is redelivered, and
 * every step is idempotent on the order id anyway.
 */
@Configuration(proxyBeanMethods = false)
class RemoteServices {

    /**
     * Closing and refunding a payment each make one or two calls to the payment platform. A cancel may make both
     * ({@code 2 × 8 s}) and still answers within the 20 s its callers wait ({@link OrderServiceProvider}).
     */
    static final int PAYMENT_TIMEOUT_MILLIS = 8_000;

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

    /** Reserving takes the machine's lease in ZooKeeper and the unit in the goods database. */
    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = 3000, retries = 0, check = false)
    ReferenceBean<VendingService> vendingService() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = PAYMENT_TIMEOUT_MILLIS, retries = 0, check = false)
    ReferenceBean<PaymentService> paymentService() {
        return new ReferenceBean<>();
    }
}
