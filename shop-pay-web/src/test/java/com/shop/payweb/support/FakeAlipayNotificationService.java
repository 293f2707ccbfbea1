package com.shop.payweb.support;

import com.shop.api.AlipayNotificationService;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the notification forms it is handed and answers {@code success}, or fails as told. */
public class FakeAlipayNotificationService implements AlipayNotificationService {

    private final List<String> forms = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;

    public List<String> forms() {
        return forms;
    }

    public void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    public void reset() {
        forms.clear();
        failure = null;
    }

    @Override
    public String handleAlipayNotification(String notificationForm) {
        RuntimeException current = failure;
        if (current != null) {
            throw current;
        }
        forms.add(notificationForm);
        return "success";
    }
}
