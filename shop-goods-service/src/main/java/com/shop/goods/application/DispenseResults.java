package com.shop.goods.application;

import com.shop.goods.domain.DispenseResult;
import org.springframework.stereotype.Service;

/**
 * A machine's answer, applied and then acted on: once its transaction committed, the order's lease of the machine
 * ends. A failure of either is thrown, so the caller leaves the answer unacknowledged and it is delivered again;
 * applying it twice is harmless.
 */
@Service
public class DispenseResults {

    private final DispenseOutcomes outcomes;
    private final MachineLeases leases;

    public DispenseResults(DispenseOutcomes outcomes, MachineLeases leases) {
        this.outcomes = outcomes;
        this.leases = leases;
    }

    public void apply(String innerCode, DispenseResult result) {
        outcomes.recordResult(innerCode, result);
        leases.releaseUnlessNeeded(innerCode, result.getOrderId());
    }
}
