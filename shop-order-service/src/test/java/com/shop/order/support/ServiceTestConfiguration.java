package com.shop.order.support;

import com.shop.api.CouponService;
import com.shop.api.GoodsService;
import com.shop.api.PaymentService;
import com.shop.api.ServiceVersions;
import com.shop.api.UserService;
import com.shop.common.messaging.TestMessages;
import org.apache.dubbo.config.spring.ServiceBean;
import org.apache.rocketmq.client.exception.MQClientException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Providers of the services the order service calls, exported through the registry like the real ones. Exported
 * with scope "remote" (no in-JVM exporter), so the order service's references reach them over the network.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ServiceTestConfiguration {

    @Bean
    Participants participants() {
        return new Participants(
                new FakeGoodsService(), new FakeCouponService(), new FakeUserService(), new FakePaymentService());
    }

    @Bean
    ServiceBean<GoodsService> fakeGoodsProvider(ApplicationContext context, Participants participants) {
        return export(context, GoodsService.class, participants.goods());
    }

    @Bean
    ServiceBean<CouponService> fakeCouponProvider(ApplicationContext context, Participants participants) {
        return export(context, CouponService.class, participants.coupons());
    }

    @Bean
    ServiceBean<UserService> fakeUserProvider(ApplicationContext context, Participants participants) {
        return export(context, UserService.class, participants.users());
    }

    @Bean
    ServiceBean<PaymentService> fakePaymentProvider(ApplicationContext context, Participants participants) {
        return export(context, PaymentService.class, participants.payments());
    }

    @Bean(destroyMethod = "close")
    ObservedOrderEvents observedOrderEvents(@Value("${rocketmq.name-server}") String nameServer)
            throws MQClientException {
        return new ObservedOrderEvents(nameServer);
    }

    @Bean(destroyMethod = "close")
    TestMessages testMessages(@Value("${rocketmq.name-server}") String nameServer) throws MQClientException {
        return new TestMessages(nameServer, "order-service-test-sender");
    }

    private static <T> ServiceBean<T> export(ApplicationContext context, Class<T> type, T implementation) {
        ServiceBean<T> service = new ServiceBean<>(context);
        service.setInterface(type);
        service.setRef(implementation);
        service.setVersion(ServiceVersions.V1);
        service.setScope("remote");
        return service;
    }
}
