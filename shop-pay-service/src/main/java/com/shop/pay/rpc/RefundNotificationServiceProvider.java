package com.shop.pay.rpc;

import com.shop.api.RefundNotificationService;
import com.shop.api.ServiceVersions;
import com.shop.pay.application.RefundNotifications;
import org.apache.dubbo.config.annotation.DubboService;

/** Dubbo adapter of the refund notifications: local work only (decrypt, match, a guarded update). */
@DubboService(version = ServiceVersions.V1, timeout = RefundNotificationServiceProvider.TIMEOUT_MILLIS)
public class RefundNotificationServiceProvider implements RefundNotificationService {

    static final int TIMEOUT_MILLIS = 5_000;

    private final RefundNotifications notifications;

    public RefundNotificationServiceProvider(RefundNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public String handleWechatRefundNotification(String notificationXml) {
        return notifications.handle(notificationXml);
    }
}
