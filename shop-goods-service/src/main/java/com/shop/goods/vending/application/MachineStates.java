package com.shop.goods.vending.application;

import com.shop.goods.vending.domain.MachineLease;
import com.shop.goods.vending.domain.VendingChannel;
import com.shop.goods.vending.domain.VendingMachine;
import com.shop.goods.vending.domain.VendingRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The machines as operators see them: every channel, and the order holding each machine's lease. A deployment has a
 * handful of machines per goods service, so one read of channels and one of the lease per machine is cheap enough.
 */
@Service
public class MachineStates {

    private final VendingRepository vending;
    private final MachineLease leases;

    public MachineStates(VendingRepository vending, MachineLease leases) {
        this.vending = vending;
        this.leases = leases;
    }

    /** Remote (the leases are in ZooKeeper): never call it inside a transaction. */
    public List<MachineState> list() {
        return vending.findAllMachines().stream()
                .map(machine -> new MachineState(
                        machine,
                        vending.findChannels(machine.getInnerCode()).all(),
                        leases.holder(machine.getInnerCode())))
                .toList();
    }

    /** One machine, its channels, and the order holding its lease if any. */
    public record MachineState(VendingMachine machine, List<VendingChannel> channels, Optional<Long> leaseHolder) {}
}
