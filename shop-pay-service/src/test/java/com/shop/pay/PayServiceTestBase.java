package com.shop.pay;

import com.shop.common.testing.FixtureJdbc;
import com.shop.devstack.sandbox.SandboxCertificates;
import com.shop.devstack.sandbox.TestPaymentSandbox;
import com.shop.infra.TestInfrastructure;
import com.shop.pay.support.NotificationForwarder;
import com.shop.pay.support.PayServiceTestConfiguration;
import com.shop.pay.support.SandboxControl;
import com.shop.pay.support.ScriptedOrderService;
import com.shop.pay.support.ScriptedOrders;
import com.shop.pojo.MessageTopics;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pay service started for real against ZooKeeper, RocketMQ, MariaDB and the WeChat Pay sandbox embedded in the
 * test JVM, with a scripted order provider; the sandbox's notifications reach it through {@link NotificationForwarder}.
 * Reconciliation looks up payments a few seconds old here (a minute in production). Every Spring test class extends
 * this one, so they share one context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "dubbo.protocol.port=-1",
            "shop.pay.reconcile-after=3s",
            "shop.pay.reconcile-interval=1s",
            "shop.pay.refund-retry-after=1s"
        })
@Import(PayServiceTestConfiguration.class)
public abstract class PayServiceTestBase {

    protected static final long ALICE = 1;
    protected static final long BOB = 2;

    /** Fixtures and assertions, committed as they are written. */
    protected final JdbcTemplate jdbc = FixtureJdbc.of("shop_pay");

    @Autowired
    private ScriptedOrders scriptedOrders;

    protected ScriptedOrderService orders;

    protected final SandboxControl sandbox =
            new SandboxControl(TestPaymentSandbox.shared().baseUrl());

    @BeforeEach
    void scriptedOrders() {
        orders = scriptedOrders.service();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.springProperties("pay").forEach((key, value) -> registry.add(key, () -> value));
        registry.add(
                "shop.pay.wechat.base-url", () -> TestPaymentSandbox.shared().baseUrl());
        registry.add(
                "shop.pay.wechat.notify-url",
                () -> NotificationForwarder.shared().url());
        registry.add(
                "shop.pay.wechat.refund.notify-url",
                () -> NotificationForwarder.shared().refundUrl());
        // refunds over mutual TLS against the sandbox, with the certificate it issued the merchant
        registry.add(
                "shop.pay.wechat.refund.secapi-base-url",
                () -> TestPaymentSandbox.shared().secapiBaseUrl());
        SandboxCertificates certificates = TestPaymentSandbox.shared().certificates();
        registry.add(
                "shop.pay.wechat.refund.cert-path",
                () -> certificates.merchantKeyStore().toString());
        registry.add(
                "shop.pay.wechat.refund.trust-ca-path",
                () -> certificates.authorityPem().toString());
        // Alipay at the sandbox, with the keys it made
        TestPaymentSandbox.shared()
                .alipayEnvironment()
                .forEach((variable, value) -> registry.add(
                        "shop.pay.alipay."
                                + variable.substring("SHOP_ALIPAY_".length())
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', '-'),
                        () -> value));
        registry.add(
                "shop.pay.alipay.notify-url",
                () -> NotificationForwarder.shared().alipayUrl());
    }

    protected int payStatus(long payId) {
        return jdbc.queryForObject("SELECT pay_status FROM trade_pay WHERE pay_id = ?", Integer.class, payId);
    }

    /** How many PaymentSucceeded the order's payments wrote into the outbox. */
    protected int paymentSucceededRows(long orderId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM trade_mq_producer_temp WHERE msg_key = ? AND msg_tag = ?",
                Integer.class,
                Long.toString(orderId),
                MessageTopics.PAYMENT_SUCCEEDED);
    }

    /** Of the order's PaymentSucceeded: 0 pending, 1 sent (the broker answered SEND_OK). */
    protected Integer paymentSucceededStatus(long orderId) {
        return jdbc
                .queryForList(
                        "SELECT msg_status FROM trade_mq_producer_temp WHERE msg_key = ? AND msg_tag = ?",
                        Integer.class,
                        Long.toString(orderId),
                        MessageTopics.PAYMENT_SUCCEEDED)
                .stream()
                .findFirst()
                .orElse(null);
    }
}
