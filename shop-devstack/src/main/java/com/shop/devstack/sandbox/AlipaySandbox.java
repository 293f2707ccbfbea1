package com.shop.devstack.sandbox;

import com.sun.net.httpserver.HttpHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Alipay's side of face-to-face payments, for one merchant app, served by the {@link PaymentSandbox} under
 * {@value #PREFIX}: the open API gateway ({@link AlipayGatewayEndpoint}, RSA2 both ways), asynchronous notifications
 * signed by the platform and sent again until acknowledged ({@link AlipayNotifyPort}), and the control endpoints
 * the WeChat sandbox has ({@link SandboxControl}). Its merchant and platform keys are made on first use
 * ({@link AlipayKeys}) and handed to the pay service by the devstack.
 */
public final class AlipaySandbox {

    /** Where the Alipay sandbox is served, on the payment sandbox's port. */
    public static final String PREFIX = "/alipay";
    /** Where its control endpoints are served. */
    static final String CONTROL_PREFIX = PREFIX + "/sandbox/";
    /** The development merchant app. */
    public static final String DEVELOPMENT_APP_ID = "2021000148600001";

    private final String appId;
    private AlipayKeys keys;
    private final AlipayTradeBook trades = new AlipayTradeBook();
    private final NotificationSwitch notificationSwitch = new NotificationSwitch("Alipay");
    private final RetryingDelivery<AlipayTrade> notifications;

    AlipaySandbox(String appId, double notifyDelayScale) {
        this.appId = appId;
        this.notifications = new RetryingDelivery<>(
                "alipay-sandbox-notify",
                2,
                new AlipayNotifyPort(appId, this::keys),
                new RetrySchedule(AlipayNotifyPort.ALIPAY_INTERVALS, notifyDelayScale),
                notificationSwitch);
    }

    public String appId() {
        return appId;
    }

    /** The merchant's private key and the platform's public key to hand the pay service; made on first use. */
    public synchronized AlipayKeys keys() {
        if (keys == null) {
            keys = AlipayKeys.generate();
        }
        return keys;
    }

    /**
     * The fields signed with the platform's key as a notification is (without {@code sign} and {@code sign_type}),
     * with {@code sign} added: what a test uses to forge a notification that carries a genuine signature.
     */
    public Map<String, String> signAsPlatform(Map<String, String> fields) {
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.remove("sign");
        signed.put(
                "sign",
                AlipaySignature.sign(
                        AlipaySignature.content(signed, Set.of("sign", "sign_type")),
                        keys().platform().getPrivate()));
        return signed;
    }

    HttpHandler gateway() {
        return new AlipayGatewayEndpoint(appId, this::keys, trades);
    }

    HttpHandler control() {
        return new SandboxControl<>(CONTROL_PREFIX, trades, notifications, notificationSwitch);
    }

    void start() {
        notifications.start();
    }

    void stop() {
        notifications.stop();
    }
}
