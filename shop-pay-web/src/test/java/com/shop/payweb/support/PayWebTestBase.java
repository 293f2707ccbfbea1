package com.shop.payweb.support;

import com.shop.api.AlipayNotificationService;
import com.shop.api.PaymentAdminService;
import com.shop.api.PaymentService;
import com.shop.api.RefundNotificationService;
import com.shop.common.web.security.JwtTokenIssuer;
import com.shop.pojo.user.UserRole;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole web application behind MockMvc, with the Dubbo reference bean of {@code RemoteServices} replaced by an
 * in-memory fake: no reference is ever created, and the registry is switched off, so nothing connects anywhere.
 * Every test class extends this one and shares one application context.
 */
@SpringBootTest(
        properties = {
            "dubbo.registry.address=N/A",
            "dubbo.protocol.port=-1",
            "server.port=0",
            // the web console's origin, as the devstack sets it
            "shop.console.origins=http://127.0.0.1:8080"
        })
@AutoConfigureMockMvc
public abstract class PayWebTestBase {

    protected static final long ALICE = 1L;
    protected static final long BOB = 2L;

    protected static final FakePaymentService PAYMENTS = new FakePaymentService();
    protected static final FakePaymentAdminService PAYMENT_ADMIN = new FakePaymentAdminService();

    @TestBean(name = "paymentService", methodName = "fakePayments")
    PaymentService paymentService;

    protected static final FakeRefundNotificationService REFUND_NOTIFICATIONS = new FakeRefundNotificationService();

    @TestBean(name = "paymentAdminService", methodName = "fakePaymentAdmin")
    PaymentAdminService paymentAdminService;

    @TestBean(name = "refundNotificationService", methodName = "fakeRefundNotifications")
    RefundNotificationService refundNotificationService;

    protected static final FakeAlipayNotificationService ALIPAY_NOTIFICATIONS = new FakeAlipayNotificationService();

    @TestBean(name = "alipayNotificationService", methodName = "fakeAlipayNotifications")
    AlipayNotificationService alipayNotificationService;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JwtTokenIssuer tokens;

    static PaymentService fakePayments() {
        return PAYMENTS;
    }

    static PaymentAdminService fakePaymentAdmin() {
        return PAYMENT_ADMIN;
    }

    static RefundNotificationService fakeRefundNotifications() {
        return REFUND_NOTIFICATIONS;
    }

    static AlipayNotificationService fakeAlipayNotifications() {
        return ALIPAY_NOTIFICATIONS;
    }

    @BeforeEach
    void resetFakes() {
        PAYMENTS.reset();
        PAYMENT_ADMIN.reset();
        ALIPAY_NOTIFICATIONS.reset();
    }

    /** An Authorization header value with a valid token for the user. */
    protected String bearer(long userId) {
        return "Bearer "
                + tokens.issue(userId, userId == ALICE ? "alice" : "bob").value();
    }

    /** An Authorization header value with a valid token of an operator. */
    protected String operatorBearer() {
        return "Bearer " + tokens.issue(3L, "admin", UserRole.OPERATOR).value();
    }
}
