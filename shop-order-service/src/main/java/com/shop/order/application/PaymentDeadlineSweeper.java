package com.shop.order.application;

import com.shop.order.domain.OrderRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes orders whose time to pay ran out (docs/architecture.md §9). The deadline is a column of the order, set in the
 * confirming transaction and cleared by the transition that pays or closes the order, so nothing else is written for
 * an order that is paid in time; this sweeper reads the overdue ones off its index.
 *
 * <p>Each overdue order is taken on with a guarded update that moves its deadline by
 * {@code shop.order.payment-retry-interval}: of several instances sweeping at once only one takes each order, and an
 * order whose close fails (the pay service or the platform unreachable) falls due again later by itself. Taken on,
 * the order goes through {@link PaymentTimeout}: its payment is closed at the platform first, outside any transaction,
 * and only then, if nobody paid, it becomes invalid and {@code OrderCancelled} gives back what it spent.
 */
@Slf4j
@Component
public class PaymentDeadlineSweeper implements DisposableBean {

    private final OrderRepository orders;
    private final PaymentTimeout timeout;
    private final OrderProperties properties;
    private final Clock clock;
    private final ExecutorService closers;

    public PaymentDeadlineSweeper(
            OrderRepository orders, PaymentTimeout timeout, OrderProperties properties, Clock clock) {
        this.orders = orders;
        this.timeout = timeout;
        this.properties = properties;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.closers = Executors.newFixedThreadPool(properties.getPaymentSweepThreads(), task -> {
            Thread thread = new Thread(task, "payment-deadline-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(
            fixedDelayString = "${shop.order.payment-sweep-interval:2s}",
            initialDelayString = "${shop.order.payment-sweep-interval:2s}")
    public void sweepOnSchedule() {
        try {
            while (sweep() == properties.getPaymentSweepBatchSize()) {
                log.info("A full batch of orders fell due; sweeping again at once");
            }
        } catch (RuntimeException e) {
            log.warn("Sweeping overdue orders failed; next round in {}", properties.getPaymentSweepInterval(), e);
        }
    }

    /** @return how many overdue orders this call found, whether it or another sweeper took them on */
    public int sweep() {
        Instant now = clock.instant();
        List<Long> overdue = orders.findPaymentsDueBefore(now, properties.getPaymentSweepBatchSize());
        Instant retryAt = now.plus(properties.getPaymentRetryInterval());
        List<CompletableFuture<Void>> closing = overdue.stream()
                .filter(orderId -> orders.postponePaymentDeadline(orderId, now, retryAt))
                .map(orderId -> CompletableFuture.runAsync(() -> close(orderId), closers))
                .toList();
        CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).join();
        return overdue.size();
    }

    private void close(long orderId) {
        try {
            timeout.closePaymentIfUnpaid(orderId).ifPresent(closure -> timeout.invalidateUnlessPaid(orderId, closure));
        } catch (RuntimeException e) {
            log.warn(
                    "Closing overdue order {} failed ({}); it falls due again in {}",
                    orderId,
                    e.toString(),
                    properties.getPaymentRetryInterval());
        }
    }

    @Override
    public void destroy() {
        closers.shutdownNow();
    }
}
