package com.shop.coupon.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.shop.api.OrderTrail;
import com.shop.api.ServiceGroups;
import com.shop.api.ServiceVersions;
import com.shop.coupon.CouponServiceTestBase;
import com.shop.coupon.application.CouponRedemption;
import com.shop.pojo.trail.OrderTrailView;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coupon service's part of an order's trail, asked of its own group over Dubbo. */
class OrderTrailDubboTest extends CouponServiceTestBase {

    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.COUPON,
            scope = "remote",
            check = false,
            timeout = 5000)
    OrderTrail trail;

    @Autowired
    CouponRedemption redemption;

    @Test
    void aUsedAndRestoredCouponIsAStepAndItsCompensation() {
        long userId = newId();
        long couponId = newCoupon(userId);
        long orderId = newId();
        redemption.useCoupon(orderId, userId, couponId);
        redemption.releaseCoupon(orderId, couponId);
        jdbc.update(
                "INSERT INTO trade_mq_consumer_log (group_name, msg_tag, msg_key, msg_id, consumer_status,"
                        + " consumer_times, consumer_timestamp) VALUES ('coupon-order-cancelled', 'OrderCancelled',"
                        + " ?, 'broker-id', 1, 1, NOW(3) + INTERVAL 1 SECOND)",
                Long.toString(orderId));

        OrderTrailView view = trail.trailOf(orderId);

        assertThat(view.getEntries())
                .extracting(TrailEntry::getService, TrailEntry::getKind, TrailEntry::getName, TrailEntry::getDetail)
                .containsExactly(
                        tuple("coupon", TrailKind.STEP, "coupon used", "coupon " + couponId),
                        tuple("coupon", TrailKind.COMPENSATION, "coupon restored", "coupon " + couponId),
                        tuple(
                                "coupon",
                                TrailKind.MESSAGE_CONSUMED,
                                "OrderCancelled consumed by coupon-order-cancelled",
                                "key " + orderId));
    }

    @Test
    void aCancelThatCameFirstIsACompensationThatFencedTheStepOff() {
        long orderId = newId();
        redemption.releaseCoupon(orderId, newId());

        assertThat(trail.trailOf(orderId).getEntries())
                .extracting(TrailEntry::getKind, TrailEntry::getName)
                .containsExactly(tuple(TrailKind.COMPENSATION, "coupon fenced off"));
    }

    @Test
    void anOrderTheServiceNeverHeardOfHasNoEntries() {
        assertThat(trail.trailOf(newId()).getEntries()).isEmpty();
    }
}
