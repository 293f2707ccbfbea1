package com.shop.user.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.shop.api.OrderTrail;
import com.shop.api.ServiceGroups;
import com.shop.api.ServiceVersions;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import com.shop.user.UserServiceTestBase;
import com.shop.user.application.BalanceManagement;
import com.shop.user.application.PointsAccrual;
import java.math.BigDecimal;
import org.apache.dubbo.config.annotation.DubboReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The user service's part of an order's trail, asked of its own group over Dubbo: the balance and the points. */
class OrderTrailDubboTest extends UserServiceTestBase {

    @DubboReference(
            version = ServiceVersions.V1,
            group = ServiceGroups.USER,
            scope = "remote",
            check = false,
            timeout = 5000)
    OrderTrail trail;

    @Autowired
    BalanceManagement balances;

    @Autowired
    PointsAccrual points;

    @Test
    void aPaidRefundedOrderShowsItsBalanceAndPointsBothWays() {
        long userId = newUser("100.00");
        long orderId = newId();
        balances.reduceBalance(orderId, userId, new BigDecimal("12.50"));
        points.creditPaidOrder(orderId, userId, new BigDecimal("30.00"));
        points.revokeCancelledOrder(orderId, userId);
        balances.refundBalance(orderId, userId);

        assertThat(trail.trailOf(orderId).getEntries())
                .extracting(TrailEntry::getService, TrailEntry::getKind, TrailEntry::getName)
                .containsExactlyInAnyOrder(
                        tuple("user", TrailKind.STEP, "balance reduced"),
                        tuple("user", TrailKind.STEP, "points credited"),
                        tuple("user", TrailKind.COMPENSATION, "points revoked"),
                        tuple("user", TrailKind.COMPENSATION, "balance refunded"));
        assertThat(trail.trailOf(orderId).getEntries())
                .filteredOn(entry -> entry.getName().startsWith("balance"))
                .extracting(TrailEntry::getDetail)
                .containsOnly("12.50 from the balance of user " + userId);
        assertThat(trail.trailOf(orderId).getEntries())
                .extracting(TrailEntry::getTime)
                .isSorted();
    }

    @Test
    void aCancelBeforeTheBalanceWasReducedFencesItOff() {
        long userId = newUser("100.00");
        long orderId = newId();
        balances.refundBalance(orderId, userId);

        assertThat(trail.trailOf(orderId).getEntries())
                .extracting(TrailEntry::getKind, TrailEntry::getName)
                .containsExactly(tuple(TrailKind.COMPENSATION, "balance fenced off"));
    }
}
