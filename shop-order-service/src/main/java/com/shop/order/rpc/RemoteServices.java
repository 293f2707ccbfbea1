package com.shop.order.rpc;

import com.shop.api.CouponService;
import com.shop.api.GoodsService;
import com.shop.api.MessagingStatus;
import com.shop.api.OrderService;
import com.shop.api.OrderTrail;
import com.shop.api.PaymentService;
import com.shop.api.ServiceGroups;
import com.shop.api.ServiceVersions;
import com.shop.api.UserService;
import com.shop.api.VendingService;
import com.shop.order.application.OrderProperties;
import java.time.Duration;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.ServiceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The services the order service calls, and its own provider, each with the timeout its settings give it
 * ({@code shop.order.calls.*}, checked against one another as they are bound). Never retried by Dubbo: a retried
 * write whose first attempt only timed out would run twice; the saga cancels instead, a cancel reports the failure,
 * a timeout reminder is redelivered, and every step is idempotent on the order id anyway.
 */
@Configuration(proxyBeanMethods = false)
class RemoteServices {

    @Bean
    ReferenceBean<GoodsService> goodsService(OrderProperties properties) {
        return reference(properties.getCalls().getGoodsTimeout());
    }

    @Bean
    ReferenceBean<CouponService> couponService(OrderProperties properties) {
        return reference(properties.getCalls().getCouponTimeout());
    }

    @Bean
    ReferenceBean<UserService> userService(OrderProperties properties) {
        return reference(properties.getCalls().getUserTimeout());
    }

    /** Reserving takes the machine's lease in ZooKeeper and the unit in the goods database. */
    @Bean
    ReferenceBean<VendingService> vendingService(OrderProperties properties) {
        return reference(properties.getCalls().getVendingTimeout());
    }

    /** Closing and refunding a payment each make one or two calls to the payment platform. */
    @Bean
    ReferenceBean<PaymentService> paymentService(OrderProperties properties) {
        return reference(properties.getCalls().getPaymentTimeout());
    }

    /**
     * The order service's own provider. The timeout its callers inherit is the confirmation's budget, which covers the
     * worst case of its slowest methods: the saga's remote steps, and a cancel's closing and refunding of the payment.
     */
    @Bean
    ServiceBean<OrderService> orderServiceExport(
            ApplicationContext context, OrderServiceProvider provider, OrderProperties properties) {
        ServiceBean<OrderService> service = new ServiceBean<>(context);
        service.setInterface(OrderService.class);
        service.setRef(provider);
        service.setVersion(ServiceVersions.V1);
        service.setTimeout(OrderProperties.Calls.millis(properties.getCalls().getConfirmBudget()));
        return service;
    }

    /** The order service's part of every order's trail, under its own group (a read of its database only). */
    @Bean
    ServiceBean<OrderTrail> orderTrailExport(ApplicationContext context, OrderTrailProvider provider) {
        ServiceBean<OrderTrail> service = new ServiceBean<>(context);
        service.setInterface(OrderTrail.class);
        service.setRef(provider);
        service.setVersion(ServiceVersions.V1);
        service.setGroup(ServiceGroups.ORDER);
        return service;
    }

    /** The order service's messaging backlog, under its own group (a read of its database only). */
    @Bean
    ServiceBean<MessagingStatus> messagingStatusExport(ApplicationContext context, MessagingStatusProvider provider) {
        ServiceBean<MessagingStatus> service = new ServiceBean<>(context);
        service.setInterface(MessagingStatus.class);
        service.setRef(provider);
        service.setVersion(ServiceVersions.V1);
        service.setGroup(ServiceGroups.ORDER);
        return service;
    }

    private static <T> ReferenceBean<T> reference(Duration timeout) {
        return new ReferenceBeanBuilder()
                .setVersion(ServiceVersions.V1)
                .setTimeout(OrderProperties.Calls.millis(timeout))
                .setRetries(0)
                .setCheck(false)
                .build();
    }
}
