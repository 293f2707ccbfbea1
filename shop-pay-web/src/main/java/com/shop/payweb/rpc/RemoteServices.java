package com.shop.payweb.rpc;

import com.shop.api.PaymentService;
import com.shop.api.ServiceVersions;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The services behind the payment API, as beans of their shop-api interfaces: controllers get them by constructor
 * and never see Dubbo. No retries: the payment operations to come are writes, and a failed read is reported
 * rather than hidden behind repeated calls.
 */
@Configuration(proxyBeanMethods = false)
public class RemoteServices {

    static final int TIMEOUT_MILLIS = 3_000;

    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = TIMEOUT_MILLIS, retries = 0, check = false)
    ReferenceBean<PaymentService> paymentService() {
        return new ReferenceBean<>();
    }
}
