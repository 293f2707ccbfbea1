package com.shop.goods.application;

import com.shop.goods.domain.DispenseCommand;
import com.shop.goods.domain.DispenseCommandSender;
import com.shop.goods.domain.VendingOrder;
import com.shop.goods.domain.VendingOrderStatus;
import com.shop.goods.domain.VendingRepository;
import java.time.Instant;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * Sends a machine the command to dispense a paid order, outside any transaction. The command names what the ledger
 * row holds; it goes out only while the row is dispensing, so a request delivered again after the machine answered
 * (or after the timeout gave up on it) sends nothing, and one delivered again before that sends the same command,
 * with the same command id, which the machine recognises by the order id.
 */
@Slf4j
@Service
public class DispenseCommands {

    private final VendingRepository vending;
    private final DispenseCommandSender sender;

    public DispenseCommands(VendingRepository vending, DispenseCommandSender sender) {
        this.vending = vending;
        this.sender = sender;
    }

    /**
     * A failure to hand the command to the broker is thrown, so the request is delivered again.
     *
     * @return true when a command was sent
     */
    public boolean sendIfDispensing(long orderId, Instant requestedAt, int timeoutSeconds) {
        Optional<VendingOrder> dispensing = vending.findOrder(orderId)
                .filter(order -> order.getStatus() == VendingOrderStatus.DISPENSING);
        if (dispensing.isEmpty()) {
            log.info("Dispense of order {} no longer awaited; no command sent", orderId);
            return false;
        }
        VendingOrder order = dispensing.get();
        sender.send(new DispenseCommand(orderId, order.getCommandId(), order.getInnerCode(), order.getChannelCode(),
                order.getGoodsId(), requestedAt, timeoutSeconds));
        log.info("Dispense command for order {} sent to machine {} (channel {})", orderId, order.getInnerCode(),
                order.getChannelCode());
        return true;
    }
}
