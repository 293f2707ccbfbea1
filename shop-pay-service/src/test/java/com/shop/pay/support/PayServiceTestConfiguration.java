package com.shop.pay.support;

import com.shop.api.AlipayNotificationService;
import com.shop.api.OrderService;
import com.shop.api.PaymentService;
import com.shop.api.RefundNotificationService;
import com.shop.api.ServiceVersions;
import org.apache.dubbo.config.spring.ServiceBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The order provider the pay service reads orders from, exported through the registry like the real one (scope
 * "remote": the pay service's reference reaches it over the network), and the notification forwarder wired to the
 * pay service.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PayServiceTestConfiguration {

    /** Not a bean of its own: the pay service must get the remote reference, not this, when it asks for orders. */
    @Bean
    ScriptedOrders scriptedOrders() {
        return new ScriptedOrders(new ScriptedOrderService());
    }

    @Bean
    ServiceBean<OrderService> scriptedOrderProvider(ApplicationContext context, ScriptedOrders orders) {
        ServiceBean<OrderService> service = new ServiceBean<>(context);
        service.setInterface(OrderService.class);
        service.setRef(orders.service());
        service.setVersion(ServiceVersions.V1);
        service.setScope("remote");
        return service;
    }

    @Bean
    InitializingBean notificationsReachThePayService(
            PaymentService payments, RefundNotificationService refunds, AlipayNotificationService alipay) {
        return () -> {
            NotificationForwarder.shared().target(payments::handleWechatNotification);
            NotificationForwarder.shared().refundTarget(refunds::handleWechatRefundNotification);
            NotificationForwarder.shared().alipayTarget(alipay::handleAlipayNotification);
        };
    }
}
