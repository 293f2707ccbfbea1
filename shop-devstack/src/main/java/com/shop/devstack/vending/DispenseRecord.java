package com.shop.devstack.vending;

/** What a machine did with one order's command; not thread-safe, {@link MachineFleet} guards it. */
final class DispenseRecord {

    private final DispenseCommand command;
    private int commands;
    private Outcome outcome;

    DispenseRecord(DispenseCommand command) {
        this.command = command;
    }

    void commandArrived() {
        commands++;
    }

    /**
     * True until the machine dispensed or failed. A silent machine never acted on the command, so a copy arriving
     * once it answers again is handled like the first.
     */
    boolean awaitsHandling() {
        return outcome == null || outcome == Outcome.SILENT;
    }

    void outcome(Outcome outcome) {
        this.outcome = outcome;
    }

    /**
     * The answer to a copy of the command, the same outcome for every copy; only for a dispensed or failed order.
     * It carries the id of the copy it answers.
     */
    DispenseResult result(DispenseCommand copy) {
        return outcome == Outcome.SUCCEEDED
                ? DispenseResult.succeeded(copy)
                : DispenseResult.failed(copy, failureReason());
    }

    private String failureReason() {
        return command.channelCode() == null ? "motor jammed" : "motor jammed in channel " + command.channelCode();
    }

    DispenseSnapshot snapshot() {
        return new DispenseSnapshot(
                command.orderId(), command.innerCode(), command.channelCode(), command.goodsId(), commands, outcome);
    }
}
