package com.shop.devstack;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The seven applications of the shop, each one Spring Boot process built from the module of the same name. */
public enum ShopApplication {
    GOODS_SERVICE("shop-goods-service", 9102, 21102, "com.shop.api.GoodsService"),
    COUPON_SERVICE("shop-coupon-service", 9103, 21103, "com.shop.api.CouponService"),
    USER_SERVICE("shop-user-service", 9104, 21104, "com.shop.api.UserService"),
    PAY_SERVICE("shop-pay-service", 9105, 21105, "com.shop.api.PaymentService"),
    ORDER_SERVICE("shop-order-service", 9101, 21101, "com.shop.api.OrderService"),
    ORDER_WEB("shop-order-web", 8080, 0, null),
    PAY_WEB("shop-pay-web", 8081, 0, null);

    private final String moduleName;
    private final int defaultHttpPort;
    private final int defaultDubboPort;
    private final String dubboInterface;

    ShopApplication(String moduleName, int defaultHttpPort, int defaultDubboPort, String dubboInterface) {
        this.moduleName = moduleName;
        this.defaultHttpPort = defaultHttpPort;
        this.defaultDubboPort = defaultDubboPort;
        this.dubboInterface = dubboInterface;
    }

    /** Finds an application by module name ("shop-order-service"), short name ("order-service") or constant. */
    public static ShopApplication of(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(application ->
                        application.moduleName.equals(wanted) || application.moduleName.equals("shop-" + wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no shop application named '" + name + "'; known: "
                        + Arrays.stream(values())
                                .map(ShopApplication::moduleName)
                                .toList()));
    }

    /**
     * The order in which {@code ./shop up} starts them: the participants of the order saga, then the order service,
     * then the web edges. The applications of one wave start together.
     */
    public static List<List<ShopApplication>> startWaves() {
        return List.of(
                List.of(GOODS_SERVICE, COUPON_SERVICE, USER_SERVICE, PAY_SERVICE),
                List.of(ORDER_SERVICE),
                List.of(ORDER_WEB, PAY_WEB));
    }

    public String moduleName() {
        return moduleName;
    }

    public int defaultHttpPort() {
        return defaultHttpPort;
    }

    /** Where the Dubbo provider listens; the launcher sets it so providers starting together never race for one. */
    public int defaultDubboPort() {
        return defaultDubboPort;
    }

    /** The environment variable of the HTTP port, e.g. {@code SHOP_ORDER_WEB_PORT}, {@code SHOP_GOODS_SERVICE_PORT}. */
    public String portVariable() {
        return "SHOP_" + name() + "_PORT";
    }

    /** The Dubbo interface it provides, listed in ZooKeeper under {@code /dubbo/<interface>/providers}. */
    public Optional<String> dubboInterface() {
        return Optional.ofNullable(dubboInterface);
    }

    public boolean isDubboProvider() {
        return dubboInterface != null;
    }
}
