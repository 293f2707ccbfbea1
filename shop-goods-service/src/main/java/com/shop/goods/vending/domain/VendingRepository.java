package com.shop.goods.vending.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Vending machines, their channels and the vending ledger's rows. Claiming an order's row is the ledger table's
 * ({@code LedgerTable<VendingOrder>}); this moves a claimed row along.
 */
public interface VendingRepository {

    Optional<VendingMachine> findMachine(String innerCode);

    List<VendingMachine> findAllMachines();

    /** Every channel of the machine, with the names of their goods. */
    MachineChannels findChannels(String innerCode);

    /** The channels of the machine that hold the goods. */
    MachineChannels findChannels(String innerCode, long goodsId);

    /**
     * Takes one unit from the channel if it still holds the goods at that price and has a unit left; false
     * otherwise, changing nothing.
     */
    boolean takeUnit(VendingChannel channel);

    /** Puts one unit back into the channel unless it is full (restocked meanwhile); false when it was full. */
    boolean returnUnit(String innerCode, String channelCode);

    Optional<VendingOrder> findOrder(long orderId);

    void assignChannel(long orderId, String channelCode);

    /**
     * Moves a reserved order to dispensing, recording the id of the command that will be sent for it.
     *
     * @return true when this call moved it
     */
    boolean startDispense(long orderId, String commandId);

    /**
     * Records that the dispense command of a dispensing order goes out now, by the database's clock, which is the one
     * {@link #failUnanswered} reads.
     *
     * @return false when the order is not dispensing (any more), changing nothing
     */
    boolean markCommandSent(long orderId);

    /**
     * Fails a dispensing order whose command last went out at least {@code answerTime} ago, recording {@code reason}.
     *
     * @return true when this call moved it; false when it is no longer dispensing, or its command went out since
     */
    boolean failUnanswered(long orderId, Duration answerTime, String reason);

    /**
     * Moves the order's row to {@code to} if it is in one of {@code from}, recording {@code reason} when given.
     *
     * @return true when this call moved it
     */
    boolean transition(long orderId, List<VendingOrderStatus> from, VendingOrderStatus to, String reason);
}
