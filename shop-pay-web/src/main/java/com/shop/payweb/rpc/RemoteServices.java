package com.shop.payweb.rpc;

import com.shop.api.AlipayNotificationService;
import com.shop.api.PaymentAdminService;
import com.shop.api.PaymentService;
import com.shop.api.RefundNotificationService;
import com.shop.api.ServiceVersions;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The services behind the payment API, as beans of their shop-api interfaces: controllers get them by constructor
 * and never see Dubbo. No retries: opening a payment and handling a notification are writes, and a failed read is
 * reported rather than hidden behind repeated calls.
 */
@Configuration(proxyBeanMethods = false)
public class RemoteServices {

    /** Opening a payment reads the order and asks the payment platform; the pay service bounds both (8 s). */
    static final int TIMEOUT_MILLIS = 10_000;

    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = TIMEOUT_MILLIS, retries = 0, check = false)
    ReferenceBean<PaymentService> paymentService() {
        return new ReferenceBean<>();
    }

    /** Operators' reads of stored payments and refunds: one query each, no platform call. */
    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = TIMEOUT_MILLIS, retries = 0, check = false)
    ReferenceBean<PaymentAdminService> paymentAdminService() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = TIMEOUT_MILLIS, retries = 0, check = false)
    ReferenceBean<RefundNotificationService> refundNotificationService() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = TIMEOUT_MILLIS, retries = 0, check = false)
    ReferenceBean<AlipayNotificationService> alipayNotificationService() {
        return new ReferenceBean<>();
    }
}
