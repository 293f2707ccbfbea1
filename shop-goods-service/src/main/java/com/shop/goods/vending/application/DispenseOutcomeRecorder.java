package com.shop.goods.vending.application;

import com.shop.goods.vending.domain.DispenseResult;
import com.shop.goods.vending.domain.VendingEventPublisher;
import com.shop.goods.vending.domain.VendingOrder;
import com.shop.goods.vending.domain.VendingOrderStatus;
import com.shop.goods.vending.domain.VendingRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a dispense ends: the machine's answer, or the lack of one in time. Each is a guarded move out of DISPENSING and
 * its event in the outbox, in one local transaction; only the first of them moves the row, so a duplicate or late
 * answer changes nothing. On success the unit stays taken (it left the channel's capacity when it was reserved); on
 * failure it comes back through the cancel fan-out once the order service refunded the order.
 */
@Slf4j
@Service
public class DispenseOutcomeRecorder {

    private static final List<VendingOrderStatus> DISPENSING = List.of(VendingOrderStatus.DISPENSING);
    private static final int MAX_REASON_LENGTH = 200;
    private static final int MAX_LOGGED_ID_LENGTH = 64;

    private final VendingRepository vending;
    private final VendingEventPublisher events;
    private final Clock clock;
    private final VendingProperties properties;
    private final DispenseMeters meters;

    public DispenseOutcomeRecorder(
            VendingRepository vending,
            VendingEventPublisher events,
            Clock clock,
            VendingProperties properties,
            DispenseMeters meters) {
        this.vending = vending;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * The answer of machine {@code innerCode}, which it sent on its own result topic. It counts only when it answers
     * the command sent for the order, carrying that command's id; anything else is logged and changes nothing.
     */
    @Transactional
    public void recordResult(String innerCode, DispenseResult result) {
        long orderId = result.getOrderId();
        Optional<VendingOrder> found = vending.findOrder(orderId);
        if (found.isEmpty() || !found.get().getInnerCode().equals(innerCode)) {
            log.warn("Machine {} answered for order {}, which reserved nothing there; ignored", innerCode, orderId);
            meters.count("ignored");
            return;
        }
        if (!found.get().isAnsweredBy(result.getCommandId())) {
            log.warn(
                    "Machine {} answered for order {} {}, not with the id of the command sent for it; ignored",
                    innerCode,
                    orderId,
                    result.getCommandId() == null
                            ? "without a command id"
                            : "with command id '" + abbreviated(result.getCommandId()) + "'");
            meters.count("ignored");
            return;
        }
        if (result.isSuccess()) {
            dispensed(found.get());
        } else {
            failed(found.get(), "machine " + innerCode + " failed to dispense: " + reasonOf(result));
        }
    }

    /**
     * No answer came in time: a dispense still awaiting one has failed, unless its command went out again within the
     * time to answer ({@link DispenseDeadlines} decides when to ask). Joins the consumer log's transaction.
     */
    @Transactional
    public boolean giveUp(long orderId) {
        String reason = "no answer from the machine within "
                + properties.getDispenseTimeout().toSeconds() + " s";
        if (!vending.failUnanswered(orderId, properties.getDispenseTimeout(), reason)) {
            log.debug("Dispense of order {} was answered, or its command sent again, in time", orderId);
            return false;
        }
        VendingOrder order = current(orderId);
        events.dispenseFailed(order, reason);
        log.warn("Dispense of order {} at machine {} failed: {}", orderId, order.getInnerCode(), reason);
        meters.count("timed-out");
        return true;
    }

    private void dispensed(VendingOrder order) {
        long orderId = order.getOrderId();
        if (vending.transition(orderId, DISPENSING, VendingOrderStatus.DISPENSED, null)) {
            events.dispensed(order, clock.instant());
            meters.count("dispensed");
            log.info(
                    "Machine {} dispensed order {} from channel {}",
                    order.getInnerCode(),
                    orderId,
                    order.getChannelCode());
            return;
        }
        VendingOrderStatus now = current(orderId).getStatus();
        if (now == VendingOrderStatus.DISPENSED) {
            log.info("Machine {} repeated its success for order {}; nothing changes", order.getInnerCode(), orderId);
        } else if (now == VendingOrderStatus.FAILED || now == VendingOrderStatus.RELEASED) {
            meters.count("late");
            log.error(
                    "Machine {} reports it dispensed order {}, whose dispense was already given up ({}): the buyer "
                            + "has the unit while the order is being refunded, and the channel counts a unit it no longer "
                            + "holds. An operator should check the machine and the order.",
                    order.getInnerCode(),
                    orderId,
                    now);
        } else {
            log.warn(
                    "Machine {} reports a dispense of order {}, which is {} and was never sent to it; ignored",
                    order.getInnerCode(),
                    orderId,
                    now);
        }
    }

    private void failed(VendingOrder order, String reason) {
        long orderId = order.getOrderId();
        if (vending.transition(orderId, DISPENSING, VendingOrderStatus.FAILED, reason)) {
            events.dispenseFailed(order, reason);
            meters.count("failed");
            log.warn("Dispense of order {} failed: {}", orderId, reason);
            return;
        }
        log.info(
                "Machine {} reported a failure for order {}, which is {} already; nothing changes",
                order.getInnerCode(),
                orderId,
                current(orderId).getStatus());
    }

    private VendingOrder current(long orderId) {
        return vending.findOrder(orderId)
                .orElseThrow(
                        () -> new IllegalStateException("vending order " + orderId + " vanished during its dispense"));
    }

    private static String abbreviated(String text) {
        return text.length() > MAX_LOGGED_ID_LENGTH ? text.substring(0, MAX_LOGGED_ID_LENGTH) + "..." : text;
    }

    private static String reasonOf(DispenseResult result) {
        String reason = result.getReason() == null || result.getReason().isBlank()
                ? "no reason given"
                : result.getReason().strip();
        return reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH) : reason;
    }
}
