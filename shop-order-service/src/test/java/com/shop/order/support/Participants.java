package com.shop.order.support;

/**
 * The goods, coupon, user and pay providers the order service calls in service tests. Not beans of the service
 * interfaces themselves, so the order service's Dubbo references stay the only candidates for injection.
 */
public record Participants(
        FakeGoodsService goods, FakeCouponService coupons, FakeUserService users, FakePaymentService payments) {}
