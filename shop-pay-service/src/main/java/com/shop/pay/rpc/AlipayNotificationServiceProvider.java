package com.shop.pay.rpc;

import com.shop.api.AlipayNotificationService;
import com.shop.api.ServiceVersions;
import com.shop.pay.application.PaymentNotifications;
import com.shop.pojo.pay.PayChannel;
import org.apache.dubbo.config.annotation.DubboService;

/** Dubbo adapter of Alipay's notifications: local work only (verify, match, a guarded update and the outbox). */
@DubboService(version = ServiceVersions.V1, timeout = AlipayNotificationServiceProvider.TIMEOUT_MILLIS)
public class AlipayNotificationServiceProvider implements AlipayNotificationService {

    static final int TIMEOUT_MILLIS = 8_000;

    private final PaymentNotifications notifications;

    public AlipayNotificationServiceProvider(PaymentNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public String handleAlipayNotification(String notificationForm) {
        return notifications.handle(PayChannel.ALIPAY, notificationForm);
    }
}
