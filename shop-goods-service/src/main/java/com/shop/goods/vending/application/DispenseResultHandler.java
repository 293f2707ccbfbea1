package com.shop.goods.vending.application;

import com.shop.goods.vending.domain.DispenseResult;
import org.springframework.stereotype.Service;

/**
 * A machine's answer, applied and then acted on: once its transaction committed, the order's lease of the machine
 * ends. A failure to apply it is thrown, so the caller leaves the answer unacknowledged and it is delivered again;
 * applying it twice is harmless. A failure to end the lease is not: answers are taken one after another, and one held
 * up on ZooKeeper would hold up every answer behind it. The dispense's timer releases again when it goes off, and the
 * lease's expiry frees the machine at the latest.
 */
@Service
public class DispenseResultHandler {

    private final DispenseOutcomeRecorder outcomes;
    private final MachineLeases leases;

    public DispenseResultHandler(DispenseOutcomeRecorder outcomes, MachineLeases leases) {
        this.outcomes = outcomes;
        this.leases = leases;
    }

    public void apply(String innerCode, DispenseResult result) {
        outcomes.recordResult(innerCode, result);
        leases.tryReleaseUnlessNeeded(innerCode, result.getOrderId());
    }
}
