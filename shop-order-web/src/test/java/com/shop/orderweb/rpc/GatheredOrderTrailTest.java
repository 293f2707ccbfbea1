package com.shop.orderweb.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.shop.api.OrderTrail;
import com.shop.pojo.trail.OrderTrailView;
import com.shop.pojo.trail.TrailEntry;
import com.shop.pojo.trail.TrailKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Gathering an order's trail from every service: one time order, and the services that gave no answer named. */
class GatheredOrderTrailTest {

    private static final Instant ASKED_AT = Instant.parse("2026-12-06T12:00:00.000Z");

    private final CountDownLatch released = new CountDownLatch(1);
    private GatheredOrderTrail gathered;

    @AfterEach
    void release() {
        released.countDown();
        if (gathered != null) {
            gathered.close();
        }
    }

    private static TrailEntry entry(String service, long millis, TrailKind kind, String name) {
        return TrailEntry.builder()
                .service(service)
                .time(new Date(millis))
                .kind(kind)
                .name(name)
                .build();
    }

    private static OrderTrail answering(TrailEntry... entries) {
        return orderId -> new OrderTrailView(orderId, List.of(entries), List.of());
    }

    private GatheredOrderTrail gather(Map<String, OrderTrail> services) {
        gathered = new GatheredOrderTrail(
                new EveryService<>(services, Executors.newFixedThreadPool(5), Duration.ofMillis(200)),
                Clock.fixed(ASKED_AT, ZoneOffset.UTC));
        return gathered;
    }

    @Test
    void everyServicesEntriesMergeIntoOneTimeOrder() {
        Map<String, OrderTrail> services = new LinkedHashMap<>();
        services.put(
                "order",
                answering(
                        entry("order", 1_000, TrailKind.STEP, "order placed"),
                        entry("order", 1_040, TrailKind.ORDER, "order confirmed")));
        services.put("goods", answering(entry("goods", 1_010, TrailKind.STEP, "stock reserved")));
        services.put("user", answering(entry("user", 1_030, TrailKind.STEP, "balance reduced")));
        services.put("coupon", answering(entry("coupon", 1_020, TrailKind.STEP, "coupon used")));

        OrderTrailView trail = gather(services).trailOf(7);

        assertThat(trail.getOrderId()).isEqualTo(7);
        assertThat(trail.isPartial()).isFalse();
        assertThat(trail.getEntries())
                .extracting(TrailEntry::getName)
                .containsExactly("order placed", "stock reserved", "coupon used", "balance reduced", "order confirmed");
    }

    @Test
    void entriesOfOneMillisecondKeepAnOrderThatDoesNotDependOnWhoAnsweredFirst() {
        Map<String, OrderTrail> services = new LinkedHashMap<>();
        services.put("user", answering(entry("user", 1_000, TrailKind.STEP, "balance reduced")));
        services.put(
                "goods",
                answering(
                        entry(
                                "goods",
                                1_000,
                                TrailKind.MESSAGE_CONSUMED,
                                "OrderCancelled consumed by goods-order-cancelled"),
                        entry("goods", 1_000, TrailKind.COMPENSATION, "stock restored")));

        assertThat(gather(services).trailOf(7).getEntries())
                .extracting(TrailEntry::getName)
                .containsExactly(
                        "stock restored", "OrderCancelled consumed by goods-order-cancelled", "balance reduced");
    }

    @Test
    void aServiceThatFailsOrHangsIsUnavailableAndTheRestIsStillThere() {
        Map<String, OrderTrail> services = new LinkedHashMap<>();
        services.put("order", answering(entry("order", 1_000, TrailKind.STEP, "order placed")));
        services.put("coupon", orderId -> {
            throw new IllegalStateException("No provider available");
        });
        services.put("pay", orderId -> {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new OrderTrailView(orderId, List.of(), List.of());
        });

        OrderTrailView trail = gather(services).trailOf(7);

        assertThat(trail.isPartial()).isTrue();
        assertThat(trail.getUnavailable()).containsExactly("coupon", "pay");
        assertThat(trail.getEntries())
                .extracting(TrailEntry::getName)
                .containsExactly("order placed", "coupon unavailable", "pay unavailable");
        assertThat(trail.getEntries().subList(1, 3)).allSatisfy(unavailable -> {
            assertThat(unavailable.getKind()).isEqualTo(TrailKind.UNAVAILABLE);
            assertThat(unavailable.getTime()).isEqualTo(Date.from(ASKED_AT));
        });
    }
}
