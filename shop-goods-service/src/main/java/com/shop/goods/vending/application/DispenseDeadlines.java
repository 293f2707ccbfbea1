package com.shop.goods.vending.application;

import com.shop.goods.vending.domain.DispenseResultFeed;
import com.shop.goods.vending.domain.VendingEventPublisher;
import com.shop.goods.vending.domain.VendingOrder;
import com.shop.goods.vending.domain.VendingOrderStatus;
import com.shop.goods.vending.domain.VendingRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a dispense is given up for want of an answer. A unit the machine dispensed must never be refunded too, so:
 * <ul>
 *   <li>the time to answer counts from the command actually sent, each time it is sent: the order's row is stamped
 *       and the timer set in the outbox just before the command leaves, so an outage between the payment and the
 *       command takes nothing from the machine's time;</li>
 *   <li>an answer given in time is applied before the dispense is given up: that waits the grace past the deadline,
 *       and the grace past the moment the service last started taking answers in, by which the broker has handed
 *       over what it kept; while no answer can come in, the dispense waits;</li>
 *   <li>giving up is guarded in the database on the stamp, so a command sent again meanwhile gets its full time.</li>
 * </ul>
 * A timer that goes off too early sets another one for the time it found; one that finds the dispense answered does
 * nothing. The stamp is the database's clock, the rest this instance's: the grace also leaves room for clocks apart.
 */
@Slf4j
@Service
public class DispenseDeadlines {

    private final VendingRepository vending;
    private final VendingEventPublisher events;
    private final DispenseOutcomeRecorder outcomes;
    private final DispenseResultFeed results;
    private final Clock clock;
    private final Duration timeout;
    private final Duration grace;

    public DispenseDeadlines(
            VendingRepository vending,
            VendingEventPublisher events,
            DispenseOutcomeRecorder outcomes,
            DispenseResultFeed results,
            Clock clock,
            VendingProperties properties) {
        this.vending = vending;
        this.events = events;
        this.outcomes = outcomes;
        this.results = results;
        this.clock = clock;
        this.timeout = properties.getDispenseTimeout();
        this.grace = properties.getResultGrace();
    }

    /**
     * The order's command is about to go out: its send time is stamped on the row and its timer written to the outbox,
     * in one transaction, before the command leaves, so no command is ever out without its timer.
     *
     * @return the order as stamped; empty when its dispense is no longer awaited, and no command should go out
     */
    @Transactional
    public Optional<VendingOrder> commandLeaving(long orderId) {
        if (!vending.markCommandSent(orderId)) {
            return Optional.empty();
        }
        VendingOrder order = vending.findOrder(orderId)
                .orElseThrow(() ->
                        new IllegalStateException("vending order " + orderId + " vanished while its command was sent"));
        events.dispenseDue(
                order, timerFor(order.getCommandSentAt().plus(timeout).plus(grace)));
        return Optional.of(order);
    }

    /** A timer of the order's dispense went off. Joins the consumer log's transaction. */
    @Transactional
    public void due(long orderId) {
        Optional<VendingOrder> awaited =
                vending.findOrder(orderId).filter(order -> order.getStatus() == VendingOrderStatus.DISPENSING);
        if (awaited.isEmpty()) {
            log.debug("Dispense of order {} was answered in time", orderId);
            return;
        }
        VendingOrder order = awaited.get();
        Instant sentAt = order.getCommandSentAt();
        if (sentAt == null) {
            log.info("Dispense command of order {} has not gone out yet; its own timer goes with it", orderId);
            return;
        }
        Instant now = clock.instant();
        Instant giveUpAt = giveUpAt(sentAt, now);
        if (now.isBefore(giveUpAt)) {
            events.dispenseDue(order, timerFor(giveUpAt));
            log.info(
                    "Dispense of order {} at machine {} may still be answered; looked at again at {}",
                    orderId,
                    order.getInnerCode(),
                    giveUpAt);
            return;
        }
        outcomes.giveUp(orderId);
    }

    /** The earliest moment an answer to the command sent at {@code sentAt} can no longer be on its way. */
    private Instant giveUpAt(Instant sentAt, Instant now) {
        Optional<Instant> receivingSince = results.receivingSince();
        if (receivingSince.isEmpty()) {
            // answers wait at the broker meanwhile: look again once the machine's time would have run out anew
            return now.plus(timeout);
        }
        Instant deadline = sentAt.plus(timeout);
        Instant caughtUp = receivingSince.get();
        return (deadline.isAfter(caughtUp) ? deadline : caughtUp).plus(grace);
    }

    /**
     * The outbox keeps a timer's time in whole seconds, and the broker may deliver it up to a second early: set on the
     * next second, a timer rarely comes before the moment it is for, which would only cost another look.
     */
    private static Instant timerFor(Instant moment) {
        return moment.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }
}
