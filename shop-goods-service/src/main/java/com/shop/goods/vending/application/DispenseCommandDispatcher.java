package com.shop.goods.vending.application;

import com.shop.goods.vending.domain.DispenseCommand;
import com.shop.goods.vending.domain.DispenseCommandPublisher;
import com.shop.goods.vending.domain.VendingOrder;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * Sends a machine the command to dispense a paid order, outside any transaction. The command names what the ledger
 * row holds; it goes out only while the row is dispensing, so a request delivered again after the machine answered
 * (or after the timeout gave up on it) sends nothing, and one delivered again before that sends the same command,
 * with the same command id, which the machine recognises by the order id. Each command carries the time it goes out,
 * from which the machine's time to answer counts ({@link DispenseDeadlines}).
 */
@Slf4j
@Service
public class DispenseCommandDispatcher {

    private final DispenseDeadlines deadlines;
    private final DispenseCommandPublisher publisher;
    private final int timeoutSeconds;

    public DispenseCommandDispatcher(
            DispenseDeadlines deadlines, DispenseCommandPublisher publisher, VendingProperties properties) {
        this.deadlines = deadlines;
        this.publisher = publisher;
        this.timeoutSeconds = (int) Math.max(1, properties.getDispenseTimeout().toSeconds());
    }

    /**
     * A failure to hand the command to the broker is thrown, so the request is delivered again; its timer, set
     * before the command left, is already in the outbox, and a command sent again sets a later one.
     *
     * @return true when a command was sent
     */
    public boolean sendIfDispensing(long orderId) {
        Optional<VendingOrder> leaving = deadlines.commandLeaving(orderId);
        if (leaving.isEmpty()) {
            log.info("Dispense of order {} no longer awaited; no command sent", orderId);
            return false;
        }
        VendingOrder order = leaving.get();
        publisher.send(new DispenseCommand(
                orderId,
                order.getCommandId(),
                order.getInnerCode(),
                order.getChannelCode(),
                order.getGoodsId(),
                order.getCommandSentAt(),
                timeoutSeconds));
        log.info(
                "Dispense command for order {} sent to machine {} (channel {})",
                orderId,
                order.getInnerCode(),
                order.getChannelCode());
        return true;
    }
}
