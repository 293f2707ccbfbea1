package com.shop.payweb.support;

import com.shop.api.RefundNotificationService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the refund notifications handed to it and answers each with {@link #REPLY}. */
public class FakeRefundNotificationService implements RefundNotificationService {

    public static final String REPLY = "<xml><return_code><![CDATA[SUCCESS]]></return_code></xml>";

    private final List<String> received = new CopyOnWriteArrayList<>();

    @Override
    public String handleWechatRefundNotification(String notificationXml) {
        received.add(notificationXml);
        return REPLY;
    }

    public List<String> received() {
        return received;
    }
}
