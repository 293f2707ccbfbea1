package com.shop.goods.vending.application;

import com.shop.goods.domain.PaidOrderHandler;
import com.shop.goods.vending.domain.VendingEventPublisher;
import com.shop.goods.vending.domain.VendingOrder;
import com.shop.goods.vending.domain.VendingRepository;
import com.shop.pojo.event.PaymentSucceeded;
import java.time.Clock;
import java.time.Duration;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the dispense of a paid vending order: its reserved unit moves to dispensing with the id of the command to
 * be sent, and the outbox gets the request to send the machine its command. Only the delivery whose guarded update
 * moved the row writes it, so a repeated payment never sends a second command, nor records a second id. The command
 * itself goes out once this commits ({@link DispenseCommandDispatcher}): no broker is called inside the consumer's
 * transaction. The timer for the machine's answer is set when the command goes out ({@link DispenseDeadlines}), not
 * here: the payment may lie long before that.
 */
@Slf4j
@Service
public class PaidVendingOrders implements PaidOrderHandler {

    private final VendingRepository vending;
    private final VendingEventPublisher events;
    private final DispenseCommandIds commandIds;
    private final Clock clock;
    private final Duration timeout;

    public PaidVendingOrders(
            VendingRepository vending,
            VendingEventPublisher events,
            DispenseCommandIds commandIds,
            Clock clock,
            VendingProperties properties) {
        this.vending = vending;
        this.events = events;
        this.commandIds = commandIds;
        this.clock = clock;
        this.timeout = properties.getDispenseTimeout();
    }

    /** Joins the consumer log's transaction. Orders without a vending reservation are none of its business. */
    @Override
    @Transactional
    public void orderPaid(PaymentSucceeded payment) {
        long orderId = payment.getOrderId();
        if (!vending.startDispense(orderId, commandIds.next())) {
            vending.findOrder(orderId)
                    .ifPresent(order -> log.info(
                            "Order {} paid while its unit at machine {} is {}; nothing to dispense",
                            orderId,
                            order.getInnerCode(),
                            order.getStatus()));
            return;
        }
        VendingOrder order = vending.findOrder(orderId)
                .orElseThrow(() ->
                        new IllegalStateException("vending order " + orderId + " vanished while its dispense started"));
        events.dispenseRequested(order, clock.instant(), timeout);
        log.info(
                "Order {} paid; dispensing from channel {} of machine {}",
                orderId,
                order.getChannelCode(),
                order.getInnerCode());
    }
}
