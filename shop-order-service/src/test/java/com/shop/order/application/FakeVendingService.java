package com.shop.order.application;

import com.shop.api.VendingService;
import com.shop.api.exception.GoodsNotFoundException;
import com.shop.api.exception.InsufficientStockException;
import com.shop.api.exception.MachineBusyException;
import com.shop.api.exception.MachineNotFoundException;
import com.shop.pojo.vending.MachineGoodsView;
import com.shop.pojo.vending.MachineView;
import com.shop.pojo.vending.VendingQuote;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Machines in memory with the rules of the real service: one unit per reservation, the machine leased to the first
 * order that reserved in it until {@link #free}.
 */
final class FakeVendingService implements VendingService {

    final Script script = new Script();
    private final Journal journal;
    private final Map<String, Map<Long, Slot>> machines = new HashMap<>();
    private final Map<String, Long> leases = new HashMap<>();

    FakeVendingService(Journal journal) {
        this.journal = journal;
    }

    FakeVendingService with(String innerCode, long goodsId, String price, int units) {
        machines.computeIfAbsent(innerCode, code -> new HashMap<>()).put(goodsId, new Slot(new BigDecimal(price), units));
        return this;
    }

    int unitsOf(String innerCode, long goodsId) {
        return machines.get(innerCode).get(goodsId).units;
    }

    Long leaseholder(String innerCode) {
        return leases.get(innerCode);
    }

    void free(String innerCode) {
        leases.remove(innerCode);
    }

    @Override
    public List<MachineView> listMachines() {
        return machines.keySet().stream().map(code -> MachineView.builder().innerCode(code).build()).toList();
    }

    @Override
    public List<MachineGoodsView> listMachineGoods(String innerCode) {
        return List.of();
    }

    @Override
    public VendingQuote quote(String innerCode, long goodsId) {
        journal.record("vending.quote");
        script.beforeEffect("quote");
        Slot slot = slot(innerCode, goodsId);
        if (slot.units == 0) {
            throw new InsufficientStockException("goods " + goodsId + " is sold out in machine " + innerCode);
        }
        return VendingQuote.builder().innerCode(innerCode).address("Lobby of building " + innerCode).goodsId(goodsId)
                .goodsName("goods " + goodsId).price(slot.price).build();
    }

    @Override
    public void reserve(long orderId, String innerCode, long goodsId, BigDecimal price) {
        journal.record("vending.reserve");
        script.beforeEffect("reserve");
        Long holder = leases.get(innerCode);
        if (holder != null && holder != orderId) {
            throw new MachineBusyException("machine " + innerCode + " is dispensing for another order");
        }
        Slot slot = slot(innerCode, goodsId);
        if (slot.units == 0) {
            throw new InsufficientStockException("goods " + goodsId + " is sold out in machine " + innerCode);
        }
        leases.put(innerCode, orderId);
        slot.units--;
        script.afterEffect("reserve");
    }

    private Slot slot(String innerCode, long goodsId) {
        Map<Long, Slot> machine = machines.get(innerCode);
        if (machine == null) {
            throw new MachineNotFoundException("no vending machine " + innerCode);
        }
        Slot slot = machine.get(goodsId);
        if (slot == null) {
            throw new GoodsNotFoundException("machine " + innerCode + " has no goods " + goodsId);
        }
        return slot;
    }

    private static final class Slot {
        private final BigDecimal price;
        private int units;

        private Slot(BigDecimal price, int units) {
            this.price = price;
            this.units = units;
        }
    }
}
