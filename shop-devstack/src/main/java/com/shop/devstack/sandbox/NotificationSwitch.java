package com.shop.devstack.sandbox;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Whether one platform's notifications are delivered or lost, as its control endpoint sets it. */
final class NotificationSwitch implements Supplier<NotificationMode> {

    private static final Logger log = LoggerFactory.getLogger(NotificationSwitch.class);

    private final String platform;
    private volatile NotificationMode mode = NotificationMode.DELIVER;

    /** @param platform how the log names the platform's notifications, e.g. {@code Alipay} */
    NotificationSwitch(String platform) {
        this.platform = platform;
    }

    @Override
    public NotificationMode get() {
        return mode;
    }

    void set(NotificationMode mode) {
        this.mode = mode;
        log.info("{} notifications: {}", platform, mode == NotificationMode.DROP ? "dropped" : "delivered");
    }
}
