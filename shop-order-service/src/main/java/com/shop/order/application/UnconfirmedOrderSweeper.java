package com.shop.order.application;

import com.shop.order.domain.Order;
import com.shop.order.domain.OrderRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import lombok.extern.slf4j.Slf4j;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Cancels orders left unconfirmed when their saga died midway (a crash, a redeploy), through the same cancel
 * transaction as the saga, so their spendings are given back. Several instances may sweep at once: the guarded
 * cancel lets exactly one of them cancel and announce each order, and a saga still running finds its order
 * cancelled and fails.
 */
@Slf4j
@Component
public class UnconfirmedOrderSweeper {

    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final OrderProperties properties;
    private final Clock clock;

    public UnconfirmedOrderSweeper(
            OrderRepository orders, OrderTransitions transitions, OrderProperties properties, Clock clock) {
        this.orders = orders;
        this.transitions = transitions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${shop.order.sweep-interval:10s}",
            initialDelayString = "${shop.order.sweep-interval:10s}")
    public void sweepOnSchedule() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Sweeping unconfirmed orders failed; next round in {}", properties.getSweepInterval(), e);
        }
    }

    /** @return how many orders this call cancelled */
    public int sweep() {
        List<Order> stuck = orders.findUnconfirmedAddedBefore(
                clock.instant().minus(properties.getUnconfirmedTimeout()), properties.getSweepBatchSize());
        String reason = "not confirmed within " + readable(properties.getUnconfirmedTimeout());
        int cancelled = 0;
        for (Order order : stuck) {
            try {
                if (transitions.cancel(order, reason)) {
                    cancelled++;
                    log.info("Cancelled order {}: {}", order.getOrderId(), reason);
                }
            } catch (RuntimeException e) {
                log.warn("Could not cancel unconfirmed order {}; retried next round", order.getOrderId(), e);
            }
        }
        return cancelled;
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }
}
