package com.shop.orderweb.support;

import com.shop.api.CouponService;
import com.shop.api.GoodsService;
import com.shop.api.MessagingStatus;
import com.shop.api.OrderService;
import com.shop.api.OrderTrail;
import com.shop.api.ServiceGroups;
import com.shop.api.UserRegistrationService;
import com.shop.api.UserService;
import com.shop.api.VendingAdminService;
import com.shop.api.VendingCatalogService;
import com.shop.api.VendingService;
import com.shop.common.web.security.JwtTokenIssuer;
import com.shop.pojo.user.UserRole;
import com.shop.pojo.user.UserView;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole web application behind MockMvc, with the Dubbo reference beans of {@code RemoteServices} replaced by
 * in-memory fakes of the shop-api interfaces: no reference is ever created, and the registry is switched off, so
 * nothing connects anywhere. Every test class extends this one and shares one application context.
 */
@SpringBootTest(
        properties = {
            "dubbo.registry.address=N/A",
            "dubbo.protocol.port=-1",
            "server.port=0",
            // a Spring Boot test turns the export of meters off; the endpoint's security is tested here
            "management.prometheus.metrics.export.enabled=true"
        })
@AutoConfigureMockMvc
public abstract class OrderWebTestBase {

    protected static final long ALICE = 1L;
    protected static final long BOB = 2L;
    protected static final String ALICE_PASSWORD = "alice-secret";
    protected static final long OPERATOR = 3L;
    protected static final String OPERATOR_PASSWORD = "admin-secret";

    protected static final FakeGoodsService GOODS = new FakeGoodsService();
    protected static final FakeCouponService COUPONS = new FakeCouponService();
    protected static final FakeUserService USERS = new FakeUserService();
    protected static final FakeUserRegistrationService REGISTRATION = new FakeUserRegistrationService(USERS);
    protected static final FakeOrderService ORDERS = new FakeOrderService();
    protected static final FakeVendingService VENDING = new FakeVendingService();
    protected static final FakeVendingCatalogService VENDING_CATALOG = new FakeVendingCatalogService();
    protected static final FakeVendingAdminService VENDING_ADMIN = new FakeVendingAdminService();
    protected static final FakeOrderTrail ORDER_TRAIL = new FakeOrderTrail(ServiceGroups.ORDER);
    protected static final FakeOrderTrail GOODS_TRAIL = new FakeOrderTrail(ServiceGroups.GOODS);
    protected static final FakeOrderTrail COUPON_TRAIL = new FakeOrderTrail(ServiceGroups.COUPON);
    protected static final FakeOrderTrail USER_TRAIL = new FakeOrderTrail(ServiceGroups.USER);
    protected static final FakeOrderTrail PAY_TRAIL = new FakeOrderTrail(ServiceGroups.PAY);
    protected static final FakeMessagingStatus ORDER_MESSAGING = new FakeMessagingStatus(ServiceGroups.ORDER);
    protected static final FakeMessagingStatus GOODS_MESSAGING = new FakeMessagingStatus(ServiceGroups.GOODS);
    protected static final FakeMessagingStatus COUPON_MESSAGING = new FakeMessagingStatus(ServiceGroups.COUPON);
    protected static final FakeMessagingStatus USER_MESSAGING = new FakeMessagingStatus(ServiceGroups.USER);
    protected static final FakeMessagingStatus PAY_MESSAGING = new FakeMessagingStatus(ServiceGroups.PAY);

    @TestBean(name = "goodsService", methodName = "fakeGoods")
    GoodsService goodsService;

    @TestBean(name = "couponService", methodName = "fakeCoupons")
    CouponService couponService;

    @TestBean(name = "userService", methodName = "fakeUsers")
    UserService userService;

    @TestBean(name = "userRegistrationService", methodName = "fakeRegistration")
    UserRegistrationService userRegistrationService;

    @TestBean(name = "orderService", methodName = "fakeOrders")
    OrderService orderService;

    @TestBean(name = "vendingService", methodName = "fakeVending")
    VendingService vendingService;

    @TestBean(name = "vendingCatalogService", methodName = "fakeVendingCatalog")
    VendingCatalogService vendingCatalogService;

    @TestBean(name = "vendingAdminService", methodName = "fakeVendingAdmin")
    VendingAdminService vendingAdminService;

    @TestBean(name = "orderOrderTrail", methodName = "fakeOrderTrail")
    OrderTrail orderOrderTrail;

    @TestBean(name = "goodsOrderTrail", methodName = "fakeGoodsTrail")
    OrderTrail goodsOrderTrail;

    @TestBean(name = "couponOrderTrail", methodName = "fakeCouponTrail")
    OrderTrail couponOrderTrail;

    @TestBean(name = "userOrderTrail", methodName = "fakeUserTrail")
    OrderTrail userOrderTrail;

    @TestBean(name = "payOrderTrail", methodName = "fakePayTrail")
    OrderTrail payOrderTrail;

    @TestBean(name = "orderMessagingStatus", methodName = "fakeOrderMessaging")
    MessagingStatus orderMessagingStatus;

    @TestBean(name = "goodsMessagingStatus", methodName = "fakeGoodsMessaging")
    MessagingStatus goodsMessagingStatus;

    @TestBean(name = "couponMessagingStatus", methodName = "fakeCouponMessaging")
    MessagingStatus couponMessagingStatus;

    @TestBean(name = "userMessagingStatus", methodName = "fakeUserMessaging")
    MessagingStatus userMessagingStatus;

    @TestBean(name = "payMessagingStatus", methodName = "fakePayMessaging")
    MessagingStatus payMessagingStatus;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JwtTokenIssuer tokens;

    static GoodsService fakeGoods() {
        return GOODS;
    }

    static CouponService fakeCoupons() {
        return COUPONS;
    }

    static UserService fakeUsers() {
        return USERS;
    }

    static UserRegistrationService fakeRegistration() {
        return REGISTRATION;
    }

    static OrderService fakeOrders() {
        return ORDERS;
    }

    static VendingService fakeVending() {
        return VENDING;
    }

    static VendingCatalogService fakeVendingCatalog() {
        return VENDING_CATALOG;
    }

    static VendingAdminService fakeVendingAdmin() {
        return VENDING_ADMIN;
    }

    static OrderTrail fakeOrderTrail() {
        return ORDER_TRAIL;
    }

    static OrderTrail fakeGoodsTrail() {
        return GOODS_TRAIL;
    }

    static OrderTrail fakeCouponTrail() {
        return COUPON_TRAIL;
    }

    static OrderTrail fakeUserTrail() {
        return USER_TRAIL;
    }

    static OrderTrail fakePayTrail() {
        return PAY_TRAIL;
    }

    static MessagingStatus fakeOrderMessaging() {
        return ORDER_MESSAGING;
    }

    static MessagingStatus fakeGoodsMessaging() {
        return GOODS_MESSAGING;
    }

    static MessagingStatus fakeCouponMessaging() {
        return COUPON_MESSAGING;
    }

    static MessagingStatus fakeUserMessaging() {
        return USER_MESSAGING;
    }

    static MessagingStatus fakePayMessaging() {
        return PAY_MESSAGING;
    }

    @BeforeEach
    void resetFakes() {
        List.of(ORDER_TRAIL, GOODS_TRAIL, COUPON_TRAIL, USER_TRAIL, PAY_TRAIL).forEach(FakeOrderTrail::reset);
        List.of(ORDER_MESSAGING, GOODS_MESSAGING, COUPON_MESSAGING, USER_MESSAGING, PAY_MESSAGING)
                .forEach(FakeMessagingStatus::reset);
        GOODS.reset();
        COUPONS.reset();
        USERS.reset();
        REGISTRATION.reset();
        ORDERS.reset();
        VENDING.reset();
        VENDING_CATALOG.reset();
        VENDING_ADMIN.reset();
        USERS.put(
                UserView.builder()
                        .userId(ALICE)
                        .userName("alice")
                        .userScore(7)
                        .userMoney(new BigDecimal("1000.5"))
                        .role(UserRole.SHOPPER)
                        .build(),
                ALICE_PASSWORD);
        USERS.put(
                UserView.builder()
                        .userId(BOB)
                        .userName("bob")
                        .userScore(0)
                        .userMoney(new BigDecimal("3"))
                        .role(UserRole.SHOPPER)
                        .build(),
                "bob-secret");
        USERS.put(
                UserView.builder()
                        .userId(OPERATOR)
                        .userName("admin")
                        .userScore(0)
                        .userMoney(BigDecimal.ZERO)
                        .role(UserRole.OPERATOR)
                        .build(),
                OPERATOR_PASSWORD);
    }

    /** An Authorization header value with a valid token for the user. */
    protected String bearer(long userId) {
        return "Bearer "
                + tokens.issue(userId, userId == ALICE ? "alice" : "bob").value();
    }

    /** An Authorization header value with a valid token of the operator. */
    protected String operatorBearer() {
        return "Bearer " + tokens.issue(OPERATOR, "admin", UserRole.OPERATOR).value();
    }
}
