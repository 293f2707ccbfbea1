package com.shop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.shop.check.CheckBounds;
import com.shop.e2e.support.Invariants;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults under a steady load of orders, payments, cancellations and vending orders: every application killed and
 * restarted (two at a time), a participant frozen past its callers' timeout, the broker, ZooKeeper and MariaDB each
 * stopped and started again, every message delivered twice more and out of order. After each, once the load stops, every
 * invariant holds within {@link #RECOVERY} (the checker, as {@code ./shop check --quiet} runs it), the suite serves
 * again, and nothing it accepted is lost.
 */
class FaultsIT {

    /**
     * How long the suite may take to settle after a fault: an order caught unconfirmed by a crash is swept after 30 s
     * (the test stack's unconfirmed timeout), then compensated; an unpaid one closes after 20 s.
     */
    static final Duration RECOVERY = Duration.ofSeconds(90);

    private static final Duration LOAD_BEFORE_FAULT = Duration.ofSeconds(3);
    /** How long after a fault ends the suite must take an order again. */
    private static final Duration RESUMING = Duration.ofSeconds(60);
    /** Load kept up once the suite serves again, so the recovery is itself under load. */
    private static final Duration LOAD_AFTER_FAULT = Duration.ofSeconds(2);
    /** Longer than the order service's Dubbo timeout for a participant (3 s) and its retries. */
    private static final Duration FROZEN = Duration.ofSeconds(6);

    private static final Duration OUTAGE = Duration.ofSeconds(6);
    /** Every application, in groups killed and restarted together (a restart is the slow part, about 20 s). */
    private static final List<List<String>> APPLICATIONS = List.of(
            List.of("shop-goods-service", "shop-coupon-service"), List.of("shop-user-service", "shop-pay-service"),
            List.of("shop-order-service"), List.of("shop-order-web", "shop-pay-web"));

    private final ShopStack stack = ShopStack.get();
    private final Invariants invariants = stack.invariants();
    private SteadyLoad load;
    private long faultEndedAt;

    @BeforeEach
    void steadyLoad() {
        load = new SteadyLoad(stack, 3).start(3);
        sleep(LOAD_BEFORE_FAULT);
    }

    @AfterEach
    void recoveredWithNothingLost() {
        try {
            // pools reconnect, consumers rebalance, registries notify: the suite serves again within a short while
            await().atMost(RESUMING)
                    .pollInterval(Duration.ofMillis(200))
                    .untilAsserted(() -> assertThat(load.acceptedAnOrderSince(faultEndedAt))
                            .as("the suite takes orders again after the fault")
                            .isTrue());
            sleep(LOAD_AFTER_FAULT);
        } finally {
            load.close();
        }
        invariants.holdWithin(RECOVERY, CheckBounds.quiet());
        load.assertNothingAcceptedWasLost();
        assertThat(load.acceptedOrders()).as("orders accepted under the fault").isPositive();
    }

    @Test
    void everyApplicationKilledAndRestartedInTurn() {
        for (List<String> group : APPLICATIONS) {
            group.forEach(stack::killApplication);
            sleep(Duration.ofSeconds(1));
            stack.startApplications(group);
            sleep(Duration.ofSeconds(2));
        }
        faultEndedAt = System.nanoTime();
    }

    @Test
    void aParticipantFrozenPastItsCallersTimeoutAndResumed() {
        stack.devStack().freezeApplication("shop-user-service");
        try {
            sleep(FROZEN);
        } finally {
            stack.devStack().thawApplication("shop-user-service");
        }
        faultEndedAt = System.nanoTime();
    }

    @Test
    void theBrokerStoppedAndStartedAgain() {
        stack.stopBroker();
        sleep(OUTAGE);
        stack.startBroker();
        faultEndedAt = System.nanoTime();
    }

    @Test
    void zooKeeperStoppedAndStartedAgain() throws Exception {
        stack.devStack().infrastructure().zooKeeper().stop();
        sleep(OUTAGE);
        stack.devStack().infrastructure().zooKeeper().start();
        faultEndedAt = System.nanoTime();
    }

    @Test
    void mariaDbStoppedAndStartedAgain() throws Exception {
        stack.devStack().infrastructure().mariaDb().stop();
        sleep(OUTAGE);
        stack.devStack().infrastructure().mariaDb().start();
        faultEndedAt = System.nanoTime();
    }

    @Test
    void everyMessageDeliveredTwiceMoreAndOutOfOrder() throws Exception {
        try (MessageReplayer replayer = new MessageReplayer(stack.nameServer())) {
            sleep(Duration.ofSeconds(15));
            faultEndedAt = System.nanoTime();
            sleep(LOAD_BEFORE_FAULT);
            assertThat(replayer.copiesSent())
                    .as("copies of the suite's messages")
                    .isGreaterThan(20);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
