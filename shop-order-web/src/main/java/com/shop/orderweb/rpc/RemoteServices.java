package com.shop.orderweb.rpc;

import com.shop.api.CouponService;
import com.shop.api.GoodsService;
import com.shop.api.MessagingStatus;
import com.shop.api.OrderService;
import com.shop.api.OrderTrail;
import com.shop.api.ServiceGroups;
import com.shop.api.ServiceVersions;
import com.shop.api.UserRegistrationService;
import com.shop.api.UserService;
import com.shop.api.VendingAdminService;
import com.shop.api.VendingCatalogService;
import com.shop.api.VendingService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The services behind the shopper API, as beans of their shop-api interfaces: controllers get them by constructor
 * and never see Dubbo. No reference retries: a repeated confirmation would be a second order attempt, a cancel is
 * repeated by the shopper if need be, and the web edge reports a failed read instead of hiding a struggling service
 * behind repeated calls.
 */
@Configuration(proxyBeanMethods = false)
public class RemoteServices {

    static final int READ_TIMEOUT_MILLIS = 3_000;

    /**
     * Confirming runs the whole saga behind one call (up to five remote calls of 3 s each, plus local
     * transactions). Giving up earlier would tell the shopper "unavailable" about an order that is still being
     * confirmed, so the caller waits longer than the saga's own worst case. It is set as the method-level URL
     * parameter: Dubbo 3.3 silently drops {@code methods = @Method(...)} on a {@code @Bean} reference.
     */
    static final int CONFIRM_TIMEOUT_MILLIS = 20_000;

    /**
     * Cancelling may close the payment and then refund it at the payment platform, through the pay service, behind
     * one call; the order service's own worst case stays under this.
     */
    static final int CANCEL_TIMEOUT_MILLIS = 20_000;

    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = READ_TIMEOUT_MILLIS, retries = 0, check = false)
    ReferenceBean<GoodsService> goodsService() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = READ_TIMEOUT_MILLIS, retries = 0, check = false)
    ReferenceBean<CouponService> couponService() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = READ_TIMEOUT_MILLIS, retries = 0, check = false)
    ReferenceBean<UserService> userService() {
        return new ReferenceBean<>();
    }

    /** Signing up hashes the password (BCrypt, about 0.1 s) before its one transaction: well within the read timeout. */
    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = READ_TIMEOUT_MILLIS, retries = 0, check = false)
    ReferenceBean<UserRegistrationService> userRegistrationService() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = READ_TIMEOUT_MILLIS, retries = 0, check = false)
    ReferenceBean<VendingService> vendingService() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = READ_TIMEOUT_MILLIS, retries = 0, check = false)
    ReferenceBean<VendingCatalogService> vendingCatalogService() {
        return new ReferenceBean<>();
    }

    /**
     * Each service's part of an order's trail, asked of all five at once: a service that has not answered by then is
     * reported unavailable, so one slow service costs the trail its part, not the shopper more than this.
     */
    static final int TRAIL_TIMEOUT_MILLIS = 2_000;

    @Bean
    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.ORDER,
            timeout = TRAIL_TIMEOUT_MILLIS,
            retries = 0,
            check = false)
    ReferenceBean<OrderTrail> orderOrderTrail() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.GOODS,
            timeout = TRAIL_TIMEOUT_MILLIS,
            retries = 0,
            check = false)
    ReferenceBean<OrderTrail> goodsOrderTrail() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.COUPON,
            timeout = TRAIL_TIMEOUT_MILLIS,
            retries = 0,
            check = false)
    ReferenceBean<OrderTrail> couponOrderTrail() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.USER,
            timeout = TRAIL_TIMEOUT_MILLIS,
            retries = 0,
            check = false)
    ReferenceBean<OrderTrail> userOrderTrail() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.PAY,
            timeout = TRAIL_TIMEOUT_MILLIS,
            retries = 0,
            check = false)
    ReferenceBean<OrderTrail> payOrderTrail() {
        return new ReferenceBean<>();
    }

    /**
     * Each service's messaging backlog, asked of all five at once for an operator: a few counts and short lists, read
     * from indexes. A service that has not answered by then is reported unavailable, its backlog unknown.
     */
    static final int STATUS_TIMEOUT_MILLIS = 2_000;

    @Bean
    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.ORDER,
            timeout = STATUS_TIMEOUT_MILLIS,
            retries = 0,
            check = false)
    ReferenceBean<MessagingStatus> orderMessagingStatus() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.GOODS,
            timeout = STATUS_TIMEOUT_MILLIS,
            retries = 0,
            check = false)
    ReferenceBean<MessagingStatus> goodsMessagingStatus() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.COUPON,
            timeout = STATUS_TIMEOUT_MILLIS,
            retries = 0,
            check = false)
    ReferenceBean<MessagingStatus> couponMessagingStatus() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.USER,
            timeout = STATUS_TIMEOUT_MILLIS,
            retries = 0,
            check = false)
    ReferenceBean<MessagingStatus> userMessagingStatus() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.PAY,
            timeout = STATUS_TIMEOUT_MILLIS,
            retries = 0,
            check = false)
    ReferenceBean<MessagingStatus> payMessagingStatus() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(version = ServiceVersions.V1, timeout = READ_TIMEOUT_MILLIS, retries = 0, check = false)
    ReferenceBean<VendingAdminService> vendingAdminService() {
        return new ReferenceBean<>();
    }

    @Bean
    @DubboReference(
            version = ServiceVersions.V1,
            timeout = READ_TIMEOUT_MILLIS,
            retries = 0,
            check = false,
            parameters = {
                "confirmOrder.timeout",
                "" + CONFIRM_TIMEOUT_MILLIS,
                "confirmVendingOrder.timeout",
                "" + CONFIRM_TIMEOUT_MILLIS,
                "cancelOrder.timeout",
                "" + CANCEL_TIMEOUT_MILLIS
            })
    ReferenceBean<OrderService> orderService() {
        return new ReferenceBean<>();
    }
}
