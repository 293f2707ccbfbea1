package com.shop.orderweb.support;

import com.shop.api.VendingAdminService;
import com.shop.pojo.vending.MachineStateView;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Machine states held in memory, as the goods service would answer them. */
public class FakeVendingAdminService implements VendingAdminService {

    private final List<MachineStateView> machines = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    public void put(MachineStateView machine) {
        machines.add(machine);
    }

    public int calls() {
        return calls.get();
    }

    public void reset() {
        machines.clear();
        calls.set(0);
    }

    @Override
    public List<MachineStateView> listMachineStates() {
        calls.incrementAndGet();
        return List.copyOf(machines);
    }
}
