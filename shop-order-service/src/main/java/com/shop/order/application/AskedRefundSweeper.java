package com.shop.order.application;

import com.shop.api.exception.ServiceUnavailableException;
import com.shop.api.exception.ShopException;
import com.shop.order.domain.Order;
import com.shop.order.domain.OrderRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lombok.extern.slf4j.Slf4j;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes refunds a shopper asked for when their cancel stopped between recording the ask and moving the order (the
 * order service died, the pay call timed out after the pay service took the refund): without it such an order would
 * stay confirmed and paid, unshippable, while its payment is refunded (docs/architecture.md §9).
 *
 * <p>An order is taken on once its refund was asked longer ago than {@code shop.order.refund-grace}, more than a pay
 * call may take, so a cancel still running is rarely overtaken. Taking it on stamps it with a guarded update, so of
 * several instances sweeping at once one takes each order, and none takes it again before
 * {@code shop.order.refund-retry-interval}, whatever came of the attempt. Should two finish one order all the same (a
 * cancel and a sweeper), that is harmless: the pay service refunds an order's payment once however often it is asked,
 * and the guarded refund moves the order once. A refusal of the pay service is left to an operator, asked again only
 * after the retry interval.
 */
@Slf4j
@Component
public class AskedRefundSweeper {

    private final OrderRepository orders;
    private final AskedRefund askedRefund;
    private final OrderProperties properties;
    private final Clock clock;

    public AskedRefundSweeper(
            OrderRepository orders, AskedRefund askedRefund, OrderProperties properties, Clock clock) {
        this.orders = orders;
        this.askedRefund = askedRefund;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${shop.order.refund-sweep-interval:30s}",
            initialDelayString = "${shop.order.refund-sweep-interval:30s}")
    public void sweepOnSchedule() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Sweeping asked refunds failed; next round in {}", properties.getRefundSweepInterval(), e);
        }
    }

    /** @return how many orders this call refunded */
    public int sweep() {
        Instant now = clock.instant();
        Instant attemptedBefore = now.minus(properties.getRefundRetryInterval());
        List<Order> asked = orders.findAskedRefundsBefore(
                now.minus(properties.getRefundGrace()), attemptedBefore, properties.getRefundSweepBatchSize());
        int refunded = 0;
        for (Order order : asked) {
            if (orders.takeOnAskedRefund(order.getOrderId(), now, attemptedBefore) && finish(order)) {
                refunded++;
            }
        }
        return refunded;
    }

    /** @return true when this call moved the order to refunded */
    private boolean finish(Order order) {
        try {
            boolean refunded = askedRefund.finish(order);
            if (refunded) {
                log.info("Finished the refund order {}'s shopper asked for", order.getOrderId());
            }
            return refunded;
        } catch (ServiceUnavailableException e) {
            log.warn(
                    "The refund of order {} could not be finished ({}); asked again in {}",
                    order.getOrderId(),
                    e.getMessage(),
                    properties.getRefundRetryInterval());
        } catch (ShopException refusal) {
            log.warn(
                    "The pay service refused the refund of order {} ({}); the order is left for an operator, asked "
                            + "again in {}",
                    order.getOrderId(),
                    refusal.getMessage(),
                    properties.getRefundRetryInterval());
        } catch (RuntimeException e) {
            log.warn(
                    "Finishing the refund of order {} failed; asked again in {}",
                    order.getOrderId(),
                    properties.getRefundRetryInterval(),
                    e);
        }
        return false;
    }
}
