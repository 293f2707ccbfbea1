package com.shop.orderweb.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.api.MessagingStatus;
import com.shop.api.OrderService;
import com.shop.api.OrderTrail;
import com.shop.api.ServiceGroups;
import com.shop.api.ServiceVersions;
import com.shop.orderweb.support.OrderWebTestBase;
import com.shop.pojo.order.ConfirmOrderRequest;
import com.shop.pojo.order.VendingOrderRequest;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

class RemoteServicesTest extends OrderWebTestBase {

    @Autowired
    private ApplicationContext context;

    private static List<Method> referenceMethods() {
        return Arrays.stream(RemoteServices.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Bean.class))
                .toList();
    }

    @Test
    void everyServiceIsAVersionedUncheckedReferenceThatNeverRetries() {
        assertThat(referenceMethods())
                .extracting(Method::getName)
                .containsExactlyInAnyOrder(
                        "goodsService",
                        "couponService",
                        "userService",
                        "userRegistrationService",
                        "vendingService",
                        "vendingCatalogService",
                        "vendingAdminService",
                        "orderService",
                        "orderOrderTrail",
                        "goodsOrderTrail",
                        "couponOrderTrail",
                        "userOrderTrail",
                        "payOrderTrail",
                        "orderMessagingStatus",
                        "goodsMessagingStatus",
                        "couponMessagingStatus",
                        "userMessagingStatus",
                        "payMessagingStatus");
        for (Method method : referenceMethods()) {
            DubboReference reference = method.getAnnotation(DubboReference.class);
            assertThat(reference).as(method.getName()).isNotNull();
            assertThat(reference.version()).isEqualTo(ServiceVersions.V1);
            assertThat(reference.check()).isFalse();
            assertThat(reference.retries()).isZero();
            assertThat(reference.timeout()).isPositive();
            assertThat(reference.methods())
                    .as("dropped by Dubbo on @Bean references: use parameters")
                    .isEmpty();
            assertThat(method.getReturnType()).isEqualTo(ReferenceBean.class);
            Class<?> service =
                    (Class<?>) ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
            assertThat(service.isInterface()).isTrue();
            assertThat(service.getPackageName()).isEqualTo("com.shop.api");
        }
    }

    @Test
    void confirmingWaitsLongerThanTheSagasThreeRemoteSteps() throws Exception {
        DubboReference reference =
                RemoteServices.class.getDeclaredMethod("orderService").getAnnotation(DubboReference.class);
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i + 1 < reference.parameters().length; i += 2) {
            parameters.put(reference.parameters()[i], reference.parameters()[i + 1]);
        }

        assertThat(OrderService.class.getMethod("confirmOrder", long.class, ConfirmOrderRequest.class))
                .isNotNull();
        assertThat(Integer.parseInt(parameters.get("confirmOrder.timeout"))).isGreaterThan(3 * 3_000);
        assertThat(OrderService.class.getMethod("confirmVendingOrder", long.class, VendingOrderRequest.class))
                .isNotNull();
        assertThat(Integer.parseInt(parameters.get("confirmVendingOrder.timeout")))
                .isGreaterThan(2 * 3_000);
        assertThat(reference.timeout()).as("reads keep the short timeout").isLessThanOrEqualTo(3_000);
    }

    @Test
    void cancellingWaitsForTheClosingAndRefundingOfThePayment() throws Exception {
        DubboReference reference =
                RemoteServices.class.getDeclaredMethod("orderService").getAnnotation(DubboReference.class);
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i + 1 < reference.parameters().length; i += 2) {
            parameters.put(reference.parameters()[i], reference.parameters()[i + 1]);
        }

        assertThat(OrderService.class.getMethod("cancelOrder", long.class, long.class))
                .isNotNull();
        // the order service gives the pay service 8 s for each of the two calls
        assertThat(Integer.parseInt(parameters.get("cancelOrder.timeout"))).isGreaterThan(2 * 8_000);
    }

    @Test
    void inTestsNoDubboReferenceIsCreatedAndTheFakesAnswerInstead() {
        assertThat(context.getBeanNamesForType(ReferenceBean.class, true, false))
                .isEmpty();
        assertThat(context.getBean("goodsService")).isSameAs(GOODS);
        assertThat(context.getBean("couponService")).isSameAs(COUPONS);
        assertThat(context.getBean("userService")).isSameAs(USERS);
        assertThat(context.getBean("orderService")).isSameAs(ORDERS);
    }

    @Test
    void eachServicesTrailIsReachedInItsOwnGroup() {
        assertThat(groupsOf("OrderTrail"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "orderOrderTrail", ServiceGroups.ORDER,
                        "goodsOrderTrail", ServiceGroups.GOODS,
                        "couponOrderTrail", ServiceGroups.COUPON,
                        "userOrderTrail", ServiceGroups.USER,
                        "payOrderTrail", ServiceGroups.PAY));
        assertThat(context.getBean(OrderTrail.class)).isInstanceOf(GatheredOrderTrail.class);
    }

    @Test
    void eachServicesMessagingStatusIsReachedInItsOwnGroupAsShortlyAsATrail() {
        assertThat(groupsOf("MessagingStatus"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "orderMessagingStatus", ServiceGroups.ORDER,
                        "goodsMessagingStatus", ServiceGroups.GOODS,
                        "couponMessagingStatus", ServiceGroups.COUPON,
                        "userMessagingStatus", ServiceGroups.USER,
                        "payMessagingStatus", ServiceGroups.PAY));
        assertThat(referenceMethods())
                .filteredOn(method -> method.getName().endsWith("MessagingStatus"))
                .allSatisfy(method -> assertThat(
                                method.getAnnotation(DubboReference.class).timeout())
                        .isLessThanOrEqualTo(RemoteServices.TRAIL_TIMEOUT_MILLIS));
        assertThat(context.getBean(MessagingStatus.class)).isInstanceOf(GatheredMessagingStatus.class);
    }

    /** The group of each reference whose bean name ends in {@code suffix}. */
    private static Map<String, String> groupsOf(String suffix) {
        Map<String, String> groups = new HashMap<>();
        for (Method method : referenceMethods()) {
            if (method.getName().endsWith(suffix)) {
                groups.put(
                        method.getName(),
                        method.getAnnotation(DubboReference.class).group());
            }
        }
        return groups;
    }
}
